import type { Ref } from 'vue';
import { computed } from 'vue';
import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { StudyOverviewQuery } from '../../../gql/graphql';
import { useQuery } from '../../../composables/useQuery';

/** What the study page and its tabs know about a study. */
export type StudyOverview = NonNullable<StudyOverviewQuery['study']>;

const StudyOverviewQueryDocument = graphql(`
  query StudyOverview($id: ID!) {
    study(id: $id) {
      id
      name
      description
      workspace {
        id
        name
        myRole
      }
      surveys {
        id
        title
        status
      }
      interviews {
        id
        title
      }
      codes {
        id
        name
        category
      }
      personas {
        id
        name
        status
      }
    }
  }
`);

/** Loads a study (null when missing or not visible) and reloads when the id changes. */
export function useStudy(studyId: Ref<string> | (() => string)) {
  const id = typeof studyId === 'function' ? computed(studyId) : studyId;
  const query = useQuery(
    (signal) => gqlRequest(StudyOverviewQueryDocument, { id: id.value }, { signal }),
    [id],
  );
  const study = computed(() => query.data.value?.study ?? null);
  return { study, error: query.error, loading: query.loading, reload: query.reload };
}

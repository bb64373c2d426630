import { ref } from 'vue';
import { ApiError, gqlRequest } from '../../api/client';
import type { PersonaEvidenceHighlightsQuery } from '../../gql/graphql';
import { AcceptedHighlightsDocument } from './api/persona';

export type PickableHighlight = PersonaEvidenceHighlightsQuery['highlights'][number];

/**
 * The study's accepted highlights, loaded on first use: the only spans the
 * evidence picker offers, so every piece of evidence is a real source span.
 */
export function useHighlights(studyId: () => string) {
  const highlights = ref<PickableHighlight[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref('');

  async function load(): Promise<void> {
    if (loaded.value || loading.value) return;
    loading.value = true;
    error.value = '';
    try {
      const data = await gqlRequest(AcceptedHighlightsDocument, { studyId: studyId() });
      highlights.value = data.highlights;
      loaded.value = true;
    } catch (caught) {
      error.value =
        caught instanceof ApiError ? caught.message : 'The coded quotes could not be loaded.';
    } finally {
      loading.value = false;
    }
  }

  return { highlights, loading, loaded, error, load };
}

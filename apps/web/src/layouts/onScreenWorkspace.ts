import { watch } from 'vue';
import { useRoute } from 'vue-router';
import { gqlRequest } from '../api/client';
import { graphql } from '../gql';
import { useWorkspaceStore } from '../stores/workspace';

const SurveyWorkspaceDocument = graphql(`
  query SurveyWorkspace($id: ID!) {
    survey(id: $id) {
      id
      study {
        id
        workspace {
          id
        }
      }
    }
  }
`);

const PersonaWorkspaceDocument = graphql(`
  query PersonaWorkspace($id: ID!) {
    persona(id: $id) {
      id
      study {
        id
        workspace {
          id
        }
      }
    }
  }
`);

const InterviewWorkspaceDocument = graphql(`
  query InterviewWorkspace($id: ID!) {
    interview(id: $id) {
      id
      study {
        id
        workspace {
          id
        }
      }
    }
  }
`);

const StudyWorkspaceDocument = graphql(`
  query StudyWorkspace($id: ID!) {
    study(id: $id) {
      id
      workspace {
        id
      }
    }
  }
`);

type Kind = 'survey' | 'persona' | 'interview' | 'study';
/** Workspace of each thing already looked up (things never move between workspaces). */
const known = new Map<string, string | null>();

async function lookUp(kind: Kind, id: string): Promise<string | null> {
  const cacheKey = `${kind}:${id}`;
  if (known.has(cacheKey)) return known.get(cacheKey)!;
  let workspaceId: string | null = null;
  if (kind === 'survey')
    workspaceId =
      (await gqlRequest(SurveyWorkspaceDocument, { id })).survey?.study.workspace.id ?? null;
  else if (kind === 'persona')
    workspaceId =
      (await gqlRequest(PersonaWorkspaceDocument, { id })).persona?.study.workspace.id ?? null;
  else if (kind === 'interview')
    workspaceId =
      (await gqlRequest(InterviewWorkspaceDocument, { id })).interview?.study.workspace.id ?? null;
  else workspaceId = (await gqlRequest(StudyWorkspaceDocument, { id })).study?.workspace.id ?? null;
  known.set(cacheKey, workspaceId);
  return workspaceId;
}

/** What the route shows that belongs to a workspace: a workspace id, or a thing to look up. */
function onScreen(
  params: Record<string, unknown>,
): { workspaceId: string } | { kind: Kind; id: string } | null {
  const param = (name: string) =>
    typeof params[name] === 'string' ? (params[name] as string) : null;
  const workspaceId = param('workspaceId');
  if (workspaceId) return { workspaceId };
  const kinds: [string, Kind][] = [
    ['studyId', 'study'],
    ['surveyId', 'survey'],
    ['personaId', 'persona'],
    ['interviewId', 'interview'],
  ];
  for (const [name, kind] of kinds) {
    const id = param(name);
    if (id) return { kind, id };
  }
  return null;
}

/**
 * Keeps the header's workspace switcher on the workspace of what is on screen, on every page
 * (a persona, a survey's results, an interview…), not only under /w/ and /studies/. Pages with
 * nothing of a workspace on them (account, inbox) leave the last one chosen.
 */
export function useOnScreenWorkspace(): void {
  const route = useRoute();
  const store = useWorkspaceStore();
  let latest = 0;
  watch(
    () => route.params,
    async (params) => {
      const shown = onScreen(params);
      if (!shown) return;
      if ('workspaceId' in shown) return store.setCurrent(shown.workspaceId);
      // A study the switcher's list already holds needs no request.
      if (shown.kind === 'study') {
        const holder = store.workspaces.find((w) => w.studies.some((s) => s.id === shown.id));
        if (holder) return store.setCurrent(holder.id);
      }
      const ticket = ++latest;
      try {
        const workspaceId = await lookUp(shown.kind, shown.id);
        // Only the newest navigation decides; a missing or hidden thing leaves the switcher alone.
        if (ticket === latest && workspaceId) store.setCurrent(workspaceId);
      } catch {
        // Offline or refused: the page says so itself; the switcher keeps its value.
      }
    },
    { immediate: true },
  );
}

import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { gqlRequest } from '../api/client';
import { graphql } from '../gql';
import type { WorkspaceListQuery } from '../gql/graphql';

export type WorkspaceSummary = WorkspaceListQuery['workspaces'][number];

const STORAGE_KEY = 'persona-lab.workspace';

const WorkspaceListQueryDocument = graphql(`
  query WorkspaceList {
    workspaces {
      id
      name
      studies {
        id
      }
      members {
        role
      }
    }
  }
`);

function readRemembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const useWorkspaceStore = defineStore('workspace', () => {
  const currentId = ref<string | null>(readRemembered());
  const workspaces = ref<WorkspaceSummary[]>([]);
  const loaded = ref(false);

  // Remember the choice across visits, like most multi-tenant products do.
  watch(currentId, (id) => {
    try {
      if (id) localStorage.setItem(STORAGE_KEY, id);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be unavailable; the choice then lasts for this tab.
    }
  });

  let pending: Promise<WorkspaceSummary[]> | null = null;

  /** Fetches the caller's workspaces; callers at the same moment share one request. */
  function load(): Promise<WorkspaceSummary[]> {
    pending ??= gqlRequest(WorkspaceListQueryDocument, {})
      .then(({ workspaces: list }) => {
        workspaces.value = list;
        loaded.value = true;
        if (currentId.value && !list.some((w) => w.id === currentId.value))
          currentId.value = list[0]?.id ?? null;
        return list;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  function setCurrent(id: string | null): void {
    currentId.value = id;
  }

  function add(workspace: WorkspaceSummary): void {
    workspaces.value = [...workspaces.value.filter((w) => w.id !== workspace.id), workspace];
  }

  function reset(): void {
    workspaces.value = [];
    loaded.value = false;
    currentId.value = null;
  }

  return { currentId, workspaces, loaded, load, setCurrent, add, reset };
});

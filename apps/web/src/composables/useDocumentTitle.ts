import { watch } from 'vue';
import { useRoute } from 'vue-router';

/** Puts a loaded name (a study, a workspace) in the tab title, after the router set the generic one. */
export function useDocumentTitle(title: () => string | null | undefined): void {
  const route = useRoute();
  watch(
    [title, () => route.fullPath],
    ([value]) => {
      if (!value) return;
      const section = route.meta.title;
      document.title = [section, value, 'Persona Lab'].filter(Boolean).join(' · ');
    },
    { immediate: true, flush: 'post' },
  );
}

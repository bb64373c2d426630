import { computed, ref } from 'vue';

/**
 * Keyset paging over a GraphQL connection: the `after` cursor of every page seen so far (the
 * last one is the page shown), so Previous needs no cursor of its own.
 */
export function useCursorPages(pageSize: number) {
  const cursors = ref<(string | null)[]>([null]);
  return {
    /** Changes with the page: a dependency for the query that loads it. */
    page: computed(() => cursors.value.length),
    after: () => cursors.value.at(-1) ?? null,
    /** 1-based position of the page's first row. */
    first: computed(() => (cursors.value.length - 1) * pageSize + 1),
    onFirstPage: computed(() => cursors.value.length === 1),
    next(endCursor: string | null | undefined) {
      if (endCursor) cursors.value = [...cursors.value, endCursor];
    },
    previous() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
    /** Back to page one (another list: a cursor belongs to the list it came from). */
    reset() {
      cursors.value = [null];
    },
  };
}

import { onBeforeUnmount, reactive, watchEffect } from 'vue';

/** The study page's tabs that show a count. */
export type StudyTab = 'surveys' | 'interviews' | 'coding' | 'personas';

/**
 * Live counts of a study's tabs, as the tab on screen sees its own list. The study page's overview
 * is loaded once; a tab's list changes under it (a code added, synthesis finishing), so the tab
 * reports its length here and the tab bar reads it back. Keyed "<studyId>:<tab>".
 */
const live = reactive(new Map<string, number>());
const key = (studyId: string, tab: StudyTab) => `${studyId}:${tab}`;

/**
 * Called by a tab page: reports `count()` (undefined while its list is not loaded) for as long as
 * the page is on screen. Once it leaves, the study overview's count (reloaded then) takes over.
 */
export function reportTabCount(
  studyId: () => string,
  tab: StudyTab,
  count: () => number | undefined,
): void {
  let reported: string | null = null;
  const drop = () => {
    if (reported) live.delete(reported);
    reported = null;
  };
  watchEffect(() => {
    const n = count();
    const k = key(studyId(), tab);
    if (reported !== k) drop();
    if (n === undefined) return;
    live.set(k, n);
    reported = k;
  });
  onBeforeUnmount(drop);
}

/** The count a tab page reported for the study, or undefined when none is on screen. */
export function liveTabCount(studyId: string, tab: StudyTab): number | undefined {
  return live.get(key(studyId, tab));
}

import { defineStore } from 'pinia';
import { ref } from 'vue';
import { fetchUnreadCount } from '../api/inbox';

/** How often the header asks for the unread count (see libs/notifications/README.md: why polling). */
export const UNREAD_POLL_MS = 30_000;

/**
 * The signed-in user's unread notification count for the header badge. Polled every 30 s while
 * a page is open, refreshed when the window regains focus and after every mark-read.
 */
export const useUnreadStore = defineStore('unread-notifications', () => {
  const count = ref<number | null>(null);
  let timer: ReturnType<typeof setInterval> | null = null;
  let watchers = 0;
  let latest = 0;

  /** Asks the API now; an older answer arriving late never overwrites a newer one, and a failed poll keeps the last count. */
  async function refresh(): Promise<void> {
    const seq = ++latest;
    try {
      const n = await fetchUnreadCount();
      if (seq === latest) count.value = n;
    } catch {
      // Offline or signed out: the next poll tries again.
    }
  }

  const onFocus = () => void refresh();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refresh();
  };

  /** Starts polling (reference-counted); returns the function that stops it. */
  function watch(): () => void {
    watchers += 1;
    if (watchers === 1) {
      void refresh();
      timer = setInterval(() => {
        // A hidden tab skips its polls and catches up when it is shown again.
        if (document.visibilityState !== 'hidden') void refresh();
      }, UNREAD_POLL_MS);
      window.addEventListener('focus', onFocus);
      document.addEventListener('visibilitychange', onVisible);
    }
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      watchers -= 1;
      if (watchers === 0) {
        if (timer) clearInterval(timer);
        timer = null;
        window.removeEventListener('focus', onFocus);
        document.removeEventListener('visibilitychange', onVisible);
        // Signed out (the layout is gone): the next user must never see this count.
        latest += 1;
        count.value = null;
      }
    };
  }

  /** After marking read here: show the new count at once, then confirm it with the API. */
  function markedRead(n: number): Promise<void> {
    if (count.value !== null) count.value = Math.max(0, count.value - n);
    return refresh();
  }

  function reset(): void {
    count.value = null;
  }

  return { count, refresh, watch, markedRead, reset };
});

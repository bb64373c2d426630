import { onBeforeUnmount, ref, watch, type Ref, type WatchSource } from 'vue';
import { ErrorCode } from '@persona-lab/errors';
import { ApiError } from '../api/client';

/**
 * Loads data for a page now and whenever `sources` change (e.g. a route
 * param); a newer load aborts the older one so stale answers never win.
 */
export function useQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  sources: WatchSource[] = [],
) {
  const data = ref(null) as Ref<T | null>;
  const error = ref<ApiError | null>(null);
  const loading = ref(true);
  let controller: AbortController | null = null;

  async function reload(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = null;
    try {
      const result = await load(current.signal);
      if (current.signal.aborted) return;
      data.value = result;
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value =
        caught instanceof ApiError
          ? caught
          : new ApiError(
              ErrorCode.INTERNAL_SERVER_ERROR,
              'Something went wrong. Please try again.',
            );
    } finally {
      if (controller === current) loading.value = false;
    }
  }

  if (sources.length) watch(sources, reload);
  onBeforeUnmount(() => controller?.abort());
  void reload();

  return { data, error, loading, reload };
}

import { ErrorCode } from '@persona-lab/errors';
import { computed, onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { ApiError, gqlRequest } from '../../api/client';
import { graphql } from '../../gql';
import type { CsvColumnInput, PreviewSurveyCsvQuery } from '../../gql/graphql';
import {
  applyEdit,
  columnsInput,
  keepEdits,
  type ColumnEdit,
  type ColumnEdits,
  type PreviewColumn,
} from './csvColumns';

const PreviewSurveyCsvDocument = graphql(`
  query PreviewSurveyCsv($input: PreviewSurveyCsvInput!) {
    previewSurveyCsv(input: $input) {
      rowCount
      warnings
      columns {
        index
        header
        type
        personaField
        sensitive
        skip
        reason
        sampleValues
        customerId
        attentionCheck {
          expected
        }
      }
    }
  }
`);

export type CsvPreview = PreviewSurveyCsvQuery['previewSurveyCsv'];

/** How long edits and typing settle before the preview is asked again. */
export const PREVIEW_DELAY_MS = 400;

/**
 * The import preview of `csv`: asked (debounced) whenever the text or the researcher's column
 * changes do; a newer question aborts the older one so a stale answer never wins. The preview
 * with no changes is kept as `inferred`, what a changed value is compared with.
 */
export function useCsvPreview(studyId: () => string, csv: Ref<string>) {
  const preview = shallowRef<CsvPreview | null>(null);
  const inferred = shallowRef(new Map<string, PreviewColumn>());
  const edits = ref<ColumnEdits>({});
  const error = ref<ApiError | null>(null);
  const loading = ref(false);
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The text `inferred` was read from. */
  let inferredFrom: string | null = null;

  const headers = computed(() => preview.value?.columns.map((c) => c.header) ?? []);
  const columns = computed<CsvColumnInput[] | null>(() => columnsInput(edits.value, headers.value));

  async function ask(text: string, columns: CsvColumnInput[] | null, signal: AbortSignal) {
    const { previewSurveyCsv } = await gqlRequest(
      PreviewSurveyCsvDocument,
      { input: { studyId: studyId(), csv: text, columns } },
      { signal },
    );
    return previewSurveyCsv;
  }

  async function refresh(): Promise<void> {
    clearTimeout(timer);
    controller?.abort();
    const text = csv.value;
    if (!text.trim()) {
      preview.value = null;
      error.value = null;
      loading.value = false;
      inferredFrom = null;
      return;
    }
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = null;
    try {
      if (inferredFrom !== text) {
        // A new text: first what the import makes of it alone, then the changes that still apply.
        const plain = await ask(text, null, current.signal);
        inferred.value = new Map(plain.columns.map((c) => [c.header, c]));
        inferredFrom = text;
        edits.value = keepEdits(
          edits.value,
          plain.columns.map((c) => c.header),
        );
        preview.value = plain;
      }
      const changes = columnsInput(edits.value, headers.value);
      if (changes) preview.value = await ask(text, changes, current.signal);
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value =
        caught instanceof ApiError
          ? caught
          : new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, 'The preview could not be made.');
    } finally {
      if (controller === current) loading.value = false;
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    loading.value = true;
    timer = setTimeout(() => void refresh(), PREVIEW_DELAY_MS);
  }

  function edit(header: string, patch: ColumnEdit): void {
    edits.value = applyEdit(edits.value, inferred.value.get(header), header, patch);
    schedule();
  }

  watch(csv, schedule);
  onBeforeUnmount(() => {
    clearTimeout(timer);
    controller?.abort();
  });

  return { preview, edits, columns, error, loading, edit, refresh };
}

import { computed, onBeforeUnmount, onMounted, reactive, ref, watch } from 'vue';
import { ApiError, gqlRequest } from '../../api/client';
import { useQuery } from '../../composables/useQuery';
import {
  applyCode,
  CodebookQueryDocument,
  HighlightsQueryDocument,
  acceptSuggestions,
  removeHighlight,
  reopenSuggestions,
  reviewSuggestion,
  reviewSuggestions,
  type HighlightItem,
  type SourceRefInput,
} from './api/highlights';
import { isSuggestion } from './suggestionGroups';
import { selectionPosition, selectionSpan, type Span } from './textSpans';
import { setCodebookColors } from './codebook';
import { createNamedCode } from './api/codebook';

/** The codebook and every highlight of a study, with the edits that keep them current. */
export function useCodingData(studyId: () => string | null) {
  const query = useQuery(
    async (signal) => {
      const id = studyId();
      if (!id) return null;
      const [book, list] = await Promise.all([
        gqlRequest(CodebookQueryDocument, { id }, { signal }),
        gqlRequest(HighlightsQueryDocument, { studyId: id }, { signal }),
      ]);
      return { codes: book.study?.codes ?? [], highlights: list.highlights };
    },
    [studyId],
  );

  const codes = computed(() => query.data.value?.codes ?? []);
  // Distinct code colours for this codebook on every component that draws a code.
  watch(codes, (list) => setCodebookColors(list), { immediate: true });
  const allHighlights = computed(() => query.data.value?.highlights ?? []);
  /** What is drawn on text: suggested and accepted, not rejected. */
  const highlights = computed(() => allHighlights.value.filter((h) => h.status !== 'REJECTED'));

  function bump(codeId: string, by: number): void {
    const code = query.data.value?.codes.find((c) => c.id === codeId);
    if (code) code.highlightCount = Math.max(0, code.highlightCount + by);
  }

  async function apply(codeId: string, source: SourceRefInput, span: Span): Promise<HighlightItem> {
    const created = await applyCode(codeId, source, span.start, span.end);
    const data = query.data.value;
    if (data) data.highlights = [...data.highlights, created];
    bump(created.code.id, 1);
    return created;
  }

  async function remove(id: string): Promise<void> {
    await removeHighlight(id);
    const data = query.data.value;
    const gone = data?.highlights.find((h) => h.id === id);
    if (!data || !gone) return;
    data.highlights = data.highlights.filter((h) => h.id !== id);
    if (gone.status !== 'REJECTED') bump(gone.code.id, -1);
  }

  async function review(id: string, accept: boolean): Promise<void> {
    const status = await reviewSuggestion(id, accept);
    const highlight = query.data.value?.highlights.find((h) => h.id === id);
    if (!highlight) return;
    highlight.status = status as HighlightItem['status'];
    if (!accept) bump(highlight.code.id, -1);
  }

  /** Sets the local status of these highlights, keeping code counts right (rejected ones do not count). */
  function setStatus(ids: Set<string>, status: HighlightItem['status']): void {
    for (const h of query.data.value?.highlights ?? []) {
      if (!ids.has(h.id) || h.status === status) continue;
      if (status === 'REJECTED') bump(h.code.id, -1);
      else if (h.status === 'REJECTED') bump(h.code.id, 1);
      h.status = status;
    }
  }

  /** One decision for a group of pending suggestions (one request, one transaction). */
  async function reviewMany(ids: string[], accept: boolean): Promise<number> {
    const changed = await reviewSuggestions(ids, accept);
    setStatus(new Set(ids), accept ? 'ACCEPTED' : 'REJECTED');
    return changed;
  }

  /** Undo of a review: these suggestions wait for a decision again. */
  async function reopen(ids: string[]): Promise<number> {
    const changed = await reopenSuggestions(ids);
    setStatus(new Set(ids), 'SUGGESTED');
    return changed;
  }

  /**
   * Accepts every pending suggestion of a code at or above `minConfidence`; answers the ids
   * accepted here (reloading when the server saw others than this page did).
   */
  async function acceptAbove(codeId: string, minConfidence: number): Promise<string[]> {
    const id = studyId();
    if (!id) return [];
    const count = await acceptSuggestions(id, codeId, minConfidence);
    const ids = allHighlights.value
      .filter(
        (h) =>
          h.status === 'SUGGESTED' &&
          h.code.id === codeId &&
          h.confidence != null &&
          h.confidence >= minConfidence,
      )
      .map((h) => h.id);
    setStatus(new Set(ids), 'ACCEPTED');
    if (count !== ids.length) await query.reload();
    return ids;
  }

  return {
    studyId,
    codes,
    allHighlights,
    highlights,
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== null),
    reload: query.reload,
    apply,
    remove,
    review,
    reviewMany,
    reopen,
    acceptAbove,
  };
}

export type CodingData = ReturnType<typeof useCodingData>;

/** A codable text on the page: where highlights go, and the exact text offsets index into. */
export interface CodableSource {
  source: SourceRefInput;
  text: string;
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Select → pick a code → apply, and click a highlight → remove, shared by the
 * transcript reader and the survey answers view. `lookup` maps a CodedText's
 * sourceKey to its source; pressing `c` codes the current selection.
 */
export function useCodeApplication(
  coding: CodingData,
  lookup: (key: string) => CodableSource | null,
) {
  const picker = ref<{
    source: SourceRefInput;
    span: Span;
    quote: string;
    position: { top: number; left: number };
  } | null>(null);
  const card = ref<{ ids: string[]; position: { top: number; left: number } } | null>(null);
  const busy = ref(false);
  const error = ref('');
  const announcement = ref('');
  /** The last coding change that can be taken back (toast's Undo, Ctrl+Z). */
  const undoable = ref<{ message: string; run: () => Promise<unknown> } | null>(null);
  // Focus goes back where coding started: the highlight, or its passage once the highlight is gone.
  let returnFocus: HTMLElement | null = null;
  let fallbackFocus: HTMLElement | null = null;

  // What the card lists: the highlights drawn on the text (a rejected suggestion leaves it).
  const cardHighlights = computed(() =>
    card.value
      ? coding.allHighlights.value.filter(
          (h) => card.value!.ids.includes(h.id) && h.status !== 'REJECTED',
        )
      : [],
  );

  function restoreFocus(): void {
    const target = returnFocus?.isConnected ? returnFocus : fallbackFocus;
    target?.focus({ preventScroll: true });
    returnFocus = fallbackFocus = null;
  }

  function select(key: string, span: Span, root: HTMLElement): void {
    const entry = lookup(key);
    if (!entry) return;
    card.value = null;
    error.value = '';
    returnFocus = fallbackFocus = root.closest<HTMLElement>('[tabindex="-1"]');
    picker.value = {
      source: entry.source,
      span,
      quote: entry.text.slice(span.start, span.end),
      position: selectionPosition(root),
    };
  }

  function reject(): void {
    announcement.value = 'Select text within a single passage (one turn or answer) to code it.';
  }

  // Messages show briefly as a toast, and are read out by screen readers.
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  watch(announcement, (message) => {
    clearTimeout(clearTimer);
    if (message) clearTimer = setTimeout(() => (announcement.value = ''), 5000);
  });

  function closePicker(): void {
    picker.value = null;
    error.value = '';
    restoreFocus();
  }

  async function pick(codeId: string): Promise<void> {
    const current = picker.value;
    if (!current || busy.value) return;
    busy.value = true;
    error.value = '';
    try {
      const created = await coding.apply(codeId, current.source, current.span);
      // The undo toast says it (and is read out); no second toast.
      undoable.value = {
        message: `Coded “${clip(created.text)}” as ${created.code.name}.`,
        run: () => coding.remove(created.id),
      };
      document.getSelection()?.removeAllRanges();
      closePicker();
    } catch (caught) {
      error.value = messageOf(caught, 'The code could not be applied. Please try again.');
    } finally {
      busy.value = false;
    }
  }

  /** Creates a code named in the picker (category Other), then applies it to the selection. */
  async function createAndPick(name: string): Promise<void> {
    const id = coding.studyId();
    if (!picker.value || busy.value || !id || !name.trim()) return;
    busy.value = true;
    error.value = '';
    let code: { id: string; name: string };
    try {
      code = await createNamedCode(id, name);
      await coding.reload();
    } catch (caught) {
      error.value = messageOf(caught, 'The code could not be created. Please try again.');
      return;
    } finally {
      busy.value = false;
    }
    await pick(code.id);
  }

  function openCard(ids: string[], target: HTMLElement): void {
    picker.value = null;
    error.value = '';
    returnFocus = target;
    fallbackFocus = target.closest<HTMLElement>('[tabindex="-1"]');
    const rect = target.getBoundingClientRect();
    card.value = {
      ids,
      position: { top: rect.bottom + window.scrollY + 6, left: rect.left + window.scrollX },
    };
  }

  function closeCard(): void {
    card.value = null;
    error.value = '';
    restoreFocus();
  }

  /** Runs a change made from the highlight card, closing the card once nothing is left on it. */
  async function fromCard(change: () => Promise<void>, failure: string): Promise<void> {
    busy.value = true;
    error.value = '';
    try {
      await change();
      if (cardHighlights.value.length === 0) closeCard();
    } catch (caught) {
      error.value = messageOf(caught, failure);
    } finally {
      busy.value = false;
    }
  }

  /**
   * Removes a highlight. A person's own is deleted, and Undo applies it again; a model's
   * suggestion (pending or accepted) is rejected instead, so Undo gives back exactly that
   * suggestion (its code, span, confidence and status) and the model does not suggest it again.
   */
  async function removeFromCard(id: string): Promise<void> {
    const highlight = cardHighlights.value.find((h) => h.id === id);
    if (!highlight) return;
    const message = `Removed ${highlight.code.name} from “${clip(highlight.text)}”.`;
    if (isSuggestion(highlight)) {
      const accepted = highlight.status === 'ACCEPTED';
      await fromCard(async () => {
        if (accepted) await coding.reopen([id]);
        await coding.reviewMany([id], false);
        undoable.value = {
          message,
          run: async () => {
            await coding.reopen([id]);
            if (accepted) await coding.reviewMany([id], true);
          },
        };
      }, 'The highlight could not be removed. Please try again.');
      return;
    }
    const { code, source, start, end } = highlight;
    await fromCard(async () => {
      await coding.remove(id);
      undoable.value = {
        message,
        run: () =>
          coding.apply(
            code.id,
            {
              type: source.type,
              segmentId: source.segmentId ?? undefined,
              responseId: source.responseId ?? undefined,
              questionId: source.questionId ?? undefined,
            },
            { start, end },
          ),
      };
    }, 'The highlight could not be removed. Please try again.');
  }

  /** Accepts or rejects a pending suggestion; Undo makes it pending again. */
  async function reviewFromCard(id: string, accept: boolean): Promise<void> {
    const highlight = cardHighlights.value.find((h) => h.id === id);
    if (!highlight || highlight.status !== 'SUGGESTED') return;
    await fromCard(
      async () => {
        await coding.reviewMany([id], accept);
        undoable.value = {
          message: `${accept ? 'Accepted' : 'Rejected'} ${highlight.code.name} on “${clip(highlight.text)}”.`,
          run: () => coding.reopen([id]),
        };
      },
      `The suggestion could not be ${accept ? 'accepted' : 'rejected'}. Please try again.`,
    );
  }

  /** Takes back the last coding change (a code applied, a highlight removed, a suggestion reviewed). */
  async function undo(): Promise<void> {
    const action = undoable.value;
    if (!action || busy.value) return;
    undoable.value = null;
    busy.value = true;
    try {
      await action.run();
      announcement.value = 'Undone.';
    } catch (caught) {
      announcement.value = messageOf(caught, 'That could not be undone. Please try again.');
    } finally {
      busy.value = false;
    }
  }

  function dismissUndo(): void {
    undoable.value = null;
  }

  // `c` opens the picker for the text selected with the keyboard (or the mouse); Ctrl+Z undoes.
  function onKeydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      if (undoable.value && !isTyping(event.target)) {
        event.preventDefault();
        void undo();
      }
      return;
    }
    if (event.key !== 'c' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target) || picker.value) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) return;
    const node = selection.anchorNode;
    const element = node instanceof Element ? node : node.parentElement;
    const root = element?.closest<HTMLElement>('[data-coding-source]');
    const entry = root?.dataset.codingSource ? lookup(root.dataset.codingSource) : null;
    if (!root || !entry) return;
    event.preventDefault();
    const span = selectionSpan(root, entry.text);
    if (!span) {
      reject();
      return;
    }
    select(root.dataset.codingSource!, span, root);
  }

  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => {
    document.removeEventListener('keydown', onKeydown);
    clearTimeout(clearTimer);
  });

  return reactive({
    picker,
    card,
    cardHighlights,
    busy,
    error,
    announcement,
    select,
    reject,
    pick,
    createAndPick,
    closePicker,
    openCard,
    closeCard,
    removeFromCard,
    reviewFromCard,
    undoable,
    undo,
    dismissUndo,
  });
}

export type CodeApplication = ReturnType<typeof useCodeApplication>;

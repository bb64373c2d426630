import type { SourceType, TraitKind, UpdatePersonaInput } from '../../gql/graphql';
import type { PersonaWords } from './api/persona';
import { sourceLabel } from './personas';
import type { PickableHighlight } from './useHighlights';

export interface EditEvidence {
  source: {
    type: SourceType;
    segmentId: string | null;
    responseId: string | null;
    questionId: string | null;
    messageId?: string | null;
  };
  start: number;
  end: number;
  quote: string;
  /** Participant label, or the code name for a freshly picked highlight. */
  label: string;
}

export interface EditTrait {
  key: number;
  kind: TraitKind | '';
  text: string;
  evidence: EditEvidence[];
}

export interface EditDraft {
  name: string;
  tagline: string;
  summary: string;
  traits: EditTrait[];
}

export type DraftErrors = Partial<Record<'name' | 'summary', string>> & {
  traits: Record<number, { kind?: string; text?: string; evidence?: string }>;
};

let nextKey = 1;

export function newTrait(kind: TraitKind | '' = ''): EditTrait {
  return { key: nextKey++, kind, text: '', evidence: [] };
}

export function draftFrom(words: PersonaWords): EditDraft {
  return {
    name: words.name,
    tagline: words.tagline ?? '',
    summary: words.summary,
    traits: words.traits.map((t) => ({
      key: nextKey++,
      kind: t.kind,
      text: t.text,
      evidence: t.evidence.map((e) => ({
        source: {
          type: e.source.type,
          segmentId: e.source.segmentId,
          responseId: e.source.responseId,
          questionId: e.source.questionId,
          messageId: e.source.messageId,
        },
        start: e.start,
        end: e.end,
        quote: e.quote,
        label: sourceLabel(e),
      })),
    })),
  };
}

export function evidenceFromHighlight(h: PickableHighlight): EditEvidence {
  const { type, segmentId, responseId, questionId, messageId } = h.source;
  return {
    source: { type, segmentId, responseId, questionId, messageId },
    start: h.start,
    end: h.end,
    quote: h.text,
    label: h.code.name,
  };
}

/** The same checks the API makes, so most mistakes show next to the field. */
export function validateDraft(draft: EditDraft): DraftErrors {
  const errors: DraftErrors = { traits: {} };
  if (!draft.name.trim()) errors.name = 'Give the persona a name.';
  if (!draft.summary.trim()) errors.summary = 'Write a short summary.';
  draft.traits.forEach((t, i) => {
    const e: DraftErrors['traits'][number] = {};
    if (!t.kind) e.kind = 'Choose what the trait is about.';
    if (!t.text.trim()) e.text = 'Write the claim.';
    if (t.evidence.length === 0) e.evidence = 'Add at least one quote as evidence.';
    if (Object.keys(e).length) errors.traits[i] = e;
  });
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Boolean(errors.name || errors.summary || Object.keys(errors.traits).length);
}

/** The server reads each quote from its source; only the span is sent. */
export function toInput(draft: EditDraft): UpdatePersonaInput {
  return {
    name: draft.name.trim(),
    tagline: draft.tagline.trim(),
    summary: draft.summary.trim(),
    traits: draft.traits.map((t) => ({
      kind: t.kind as TraitKind,
      text: t.text.trim(),
      evidence: t.evidence.map((e) => ({ source: { ...e.source }, start: e.start, end: e.end })),
    })),
  };
}

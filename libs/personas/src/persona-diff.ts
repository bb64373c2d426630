import type { PersonaContent, StoredEvidence, StoredTrait } from './persona-content';
import type { FieldChange } from './models/review.model';

const spanKey = (e: StoredEvidence) =>
  [
    e.source.type,
    e.source.segmentId ?? '',
    e.source.responseId ?? '',
    e.source.questionId ?? '',
    ...(e.source.messageId ? [e.source.messageId] : []),
    ...(e.source.summaryId ? [e.source.summaryId] : []),
    e.start,
    e.end,
  ].join(':');
const traitLabel = (t: StoredTrait) => `${t.kind}: ${t.text}`;
const withQuotes = (t: StoredTrait) =>
  `${traitLabel(t)} — ${t.evidence.map((e) => `"${e.quote}"`).join(' / ')}`;

function scalar(field: string, before: string | null, after: string | null): FieldChange[] {
  if ((before ?? null) === (after ?? null)) return [];
  const change = before === null ? 'ADDED' : after === null ? 'REMOVED' : 'CHANGED';
  return [{ field, change, before, after }];
}

/**
 * Traits are matched by kind and text first (then only their evidence can
 * differ); left-over traits of the same kind pair up in order as rewordings;
 * the rest were added or removed.
 */
function traitChanges(before: StoredTrait[], after: StoredTrait[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const left = [...before];
  const added: StoredTrait[] = [];
  for (const t of after) {
    const i = left.findIndex((o) => o.kind === t.kind && o.text === t.text);
    if (i < 0) {
      added.push(t);
      continue;
    }
    const [old] = left.splice(i, 1);
    if (old.evidence.map(spanKey).join('|') !== t.evidence.map(spanKey).join('|')) {
      changes.push({
        field: 'trait.evidence',
        change: 'CHANGED',
        before: withQuotes(old),
        after: withQuotes(t),
      });
    }
  }
  for (const t of added) {
    const i = left.findIndex((o) => o.kind === t.kind);
    if (i < 0) {
      changes.push({ field: 'trait', change: 'ADDED', before: null, after: traitLabel(t) });
      continue;
    }
    const [old] = left.splice(i, 1);
    changes.push({
      field: 'trait',
      change: 'CHANGED',
      before: traitLabel(old),
      after: traitLabel(t),
    });
  }
  for (const old of left)
    changes.push({ field: 'trait', change: 'REMOVED', before: traitLabel(old), after: null });
  return changes;
}

function quoteChanges(before: StoredEvidence[], after: StoredEvidence[]): FieldChange[] {
  const was = new Set(before.map(spanKey));
  const is = new Set(after.map(spanKey));
  return [
    ...before
      .filter((e) => !is.has(spanKey(e)))
      .map((e): FieldChange => ({
        field: 'quote',
        change: 'REMOVED',
        before: e.quote,
        after: null,
      })),
    ...after
      .filter((e) => !was.has(spanKey(e)))
      .map((e): FieldChange => ({ field: 'quote', change: 'ADDED', before: null, after: e.quote })),
  ];
}

/** Field-by-field differences from one persona version to another. */
export function diffContent(before: PersonaContent, after: PersonaContent): FieldChange[] {
  return [
    ...scalar('name', before.name, after.name),
    ...scalar('tagline', before.tagline ?? null, after.tagline ?? null),
    ...scalar('summary', before.summary, after.summary),
    ...traitChanges(before.traits, after.traits),
    ...quoteChanges(before.quotes, after.quotes),
  ];
}

/** The fields an edit changed, for the audit trail. */
export function changedFields(before: PersonaContent, after: PersonaContent): string[] {
  return [
    ...new Set(
      diffContent(before, after).map((c) =>
        c.field.startsWith('trait') ? 'traits' : c.field === 'quote' ? 'quotes' : c.field,
      ),
    ),
  ];
}

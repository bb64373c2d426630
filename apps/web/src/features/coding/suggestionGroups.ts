import type { HighlightItem } from './api/highlights';

/** Near-identical texts compare equal: case, width forms, punctuation and spacing are ignored. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pending suggestions of one code whose texts are the same once normalised: one decision for all. */
export interface SuggestionGroup {
  key: string;
  code: HighlightItem['code'];
  /** The first suggestion's text, as written. */
  text: string;
  items: HighlightItem[];
  ids: string[];
  /** The highest confidence in the group, or null when no suggestion has one. */
  confidence: number | null;
}

/** Groups suggestions by code and normalised text, in the order of each group's first suggestion. */
export function groupSuggestions(items: readonly HighlightItem[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const item of items) {
    const key = `${item.code.id}|${normaliseText(item.text)}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, code: item.code, text: item.text, items: [], ids: [], confidence: null };
      groups.set(key, group);
    }
    group.items.push(item);
    group.ids.push(item.id);
    if (item.confidence != null)
      group.confidence = Math.max(group.confidence ?? item.confidence, item.confidence);
  }
  return [...groups.values()];
}

const PERSON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A model's suggestion (pending or reviewed): a person's own highlight has their user id as coder. */
export function isSuggestion(h: HighlightItem): boolean {
  return h.status === 'SUGGESTED' || !PERSON.test(h.coder);
}

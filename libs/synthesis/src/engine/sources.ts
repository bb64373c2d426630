import type { ParticipantInput, SourceRef, TextSource } from './types';

/** A string that identifies a source; two refs to the same source give the same key. */
export function sourceKey(ref: SourceRef): string {
  const key = `${ref.type}|${ref.segmentId ?? ''}|${ref.responseId ?? ''}|${ref.questionId ?? ''}`;
  if (ref.summaryId) return `${key}|${ref.messageId ?? ''}|${ref.summaryId}`;
  return ref.messageId ? `${key}|${ref.messageId}` : key;
}

/**
 * A participant's free text: `texts` plus any text answer not already among
 * them (deduplicated by source, so nothing is counted twice).
 */
export function participantTexts(p: ParticipantInput): TextSource[] {
  const seen = new Set<string>();
  const out: TextSource[] = [];
  const add = (s: TextSource): void => {
    const key = sourceKey(s.ref);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  p.texts.forEach(add);
  for (const a of p.answers) if (a.kind === 'text') add(a.source);
  return out;
}

/** Every source text of the input by key: what faithfulness checks quotes against. */
export function indexSources(participants: ParticipantInput[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const p of participants) {
    for (const a of p.answers) index.set(sourceKey(a.source.ref), a.source.text);
    for (const t of p.texts) index.set(sourceKey(t.ref), t.text);
    for (const c of p.codes) index.set(sourceKey(c.source.ref), c.source.text);
    for (const b of p.behaviours ?? []) index.set(sourceKey(b.source.ref), b.source.text);
  }
  return index;
}

/** The number of a number answer: the given value, else the source text parsed. */
export function answerNumber(a: { number?: number; source: TextSource }): number | undefined {
  if (typeof a.number === 'number' && Number.isFinite(a.number)) return a.number;
  const parsed = Number.parseFloat(a.source.text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

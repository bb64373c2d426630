import type { SourceRef, TraitKind } from './engine';

/** A verbatim quote as stored: `quote === sourceText.slice(start, end)`. */
export interface StoredEvidence {
  source: SourceRef;
  start: number;
  end: number;
  quote: string;
  /** The participant it came from (participant table id), when it is linked to one. */
  participantId: string | null;
}

export interface StoredTrait {
  kind: TraitKind;
  text: string;
  evidence: StoredEvidence[];
  /** Share of the segment with the feature and its lift over the study (absent on hand-written traits). */
  share?: number | null;
  lift?: number | null;
  /** Feature identity, used to tell whether a re-run changed the persona. */
  key?: string | null;
}

/** Everything one persona version says; stored as `persona_version.content`. */
export interface PersonaContent {
  name: string;
  tagline: string | null;
  summary: string;
  avatarSvg: string;
  segmentShare: number;
  participantCount: number;
  traits: StoredTrait[];
  quotes: StoredEvidence[];
}

/** Whether two versions say the same thing (ignores key order). */
export function sameContent(a: PersonaContent, b: PersonaContent): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(c: PersonaContent) {
  const ev = (e: StoredEvidence) => [e.source.type, e.source.segmentId ?? '', e.source.responseId ?? '', e.source.questionId ?? '', e.start, e.end];
  return [c.name, c.tagline, c.summary, c.segmentShare, c.participantCount, c.traits.map((t) => [t.kind, t.text, t.evidence.map(ev)]), c.quotes.map(ev)];
}

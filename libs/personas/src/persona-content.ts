import type { TraitKind } from './models/persona.model';

/** Where a quote lives: a transcript segment, one answer of a survey response or a feedback message (the synthesis engine's `SourceRef`). */
export interface SourceRef {
  type: 'TRANSCRIPT_SEGMENT' | 'SURVEY_ANSWER' | 'FEEDBACK_MESSAGE' | 'ANALYTICS_SUMMARY';
  segmentId?: string;
  responseId?: string;
  questionId?: string;
  messageId?: string;
  /** A participant's behaviour summary from product analytics (ANALYTICS_SUMMARY). */
  summaryId?: string;
}

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
  /** Shared by the whole study (≥ 90 %, lift ≈ 1): shown apart, not as what sets the persona apart. */
  sharedByStudy?: boolean;
}

/** An opted-in sensitive question's answers within a segment: description only, never evidence. */
export interface SensitiveDistribution {
  question: string;
  answered: number;
  values: { label: string; share: number; studyShare: number }[];
}

/** Everything one persona version says; stored as `persona_version.content`. */
export interface PersonaContent {
  name: string;
  tagline: string | null;
  summary: string;
  /** 2–3 sentences drawn from the traits (absent on versions written before backstories existed). */
  backstory?: string | null;
  avatarSvg: string;
  /** Seed of the face avatar: stable while the persona's content stays the same. */
  avatarSeed?: string;
  /** Too few members to present as a finding (flagged on the card and page). */
  smallSegment?: boolean;
  segmentShare: number;
  participantCount: number;
  traits: StoredTrait[];
  quotes: StoredEvidence[];
  /** Opted-in sensitive questions, labelled as description only. */
  sensitiveProfile?: SensitiveDistribution[];
}

/** Whether two versions say the same thing (ignores key order). */
export function sameContent(a: PersonaContent, b: PersonaContent): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(c: PersonaContent) {
  const ev = (e: StoredEvidence) => [
    e.source.type,
    e.source.segmentId ?? '',
    e.source.responseId ?? '',
    e.source.questionId ?? '',
    e.source.messageId ?? '',
    e.source.summaryId ?? '',
    e.start,
    e.end,
  ];
  return [
    c.name,
    c.tagline,
    c.summary,
    c.backstory ?? null,
    c.segmentShare,
    c.participantCount,
    c.traits.map((t) => [t.kind, t.text, t.evidence.map(ev)]),
    c.quotes.map(ev),
  ];
}

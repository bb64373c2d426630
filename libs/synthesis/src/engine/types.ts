/**
 * Input and output types of the synthesis engine. The engine is pure: callers
 * (the synthesis job) load rows from the database and map them onto these.
 */

/** What a question tells persona synthesis about a respondent (mirrors the GraphQL enum). */
export type PersonaField =
  'NONE' | 'DEMOGRAPHIC' | 'PSYCHOGRAPHIC' | 'BEHAVIOR' | 'GOAL' | 'PAIN_POINT' | 'MOTIVATION';

/** The kind of a persona trait (mirrors the GraphQL `TraitKind`). */
export type TraitKind = Exclude<PersonaField, 'NONE'>;

/** Where a piece of text lives: a transcript segment, or one answer of a survey response. */
export interface SourceRef {
  type: 'TRANSCRIPT_SEGMENT' | 'SURVEY_ANSWER';
  segmentId?: string;
  responseId?: string;
  questionId?: string;
}

/** A source and its exact, immutable text; offsets into it are UTF-16 code units, end exclusive. */
export interface TextSource {
  ref: SourceRef;
  text: string;
}

/** One answer of a participant. EMAIL answers are never passed in. */
export interface AnswerInput {
  questionId: string;
  questionTitle: string;
  personaField: PersonaField;
  kind: 'choice' | 'number' | 'text';
  /** Chosen option labels, in the order the answer lists them (choice and ranking questions). */
  choiceLabels?: string[];
  number?: number;
  /** The answer's source text: labels joined by ", ", the number as sent, or the text as written. */
  source: TextSource;
}

/** An accepted highlight: a code applied to `source.text.slice(start, end)`. */
export interface CodeInput {
  codeId: string;
  codeName: string;
  /** PAIN_POINT | GOAL | MOTIVATION | BEHAVIOR | NEED | ATTITUDE | DEMOGRAPHIC | OTHER */
  category: string;
  source: TextSource;
  start: number;
  end: number;
}

/** Everything the engine knows about one participant (respondent and/or interviewee). */
export interface ParticipantInput {
  id: string;
  label: string;
  answers: AnswerInput[];
  /** Open text answers and interviewee turns (never interviewer turns). */
  texts: TextSource[];
  codes: CodeInput[];
}

/** What `synthesize` works on. */
export interface SynthesisInput {
  participants: ParticipantInput[];
  /** How many personas; null or undefined lets the data decide (silhouette over k = 2..8). */
  personaCount?: number | null;
  /** Seed of every random choice; the same input and seed give the same output. */
  seed?: number;
}

/** A verbatim quote: `quote === text.slice(start, end)` of the source that `ref` names. */
export interface EvidenceSpan {
  ref: SourceRef;
  start: number;
  end: number;
  quote: string;
  participantId: string;
}

/** One claim about a segment, with how common it is there and in the whole study. */
export interface Trait {
  kind: TraitKind;
  /** A sentence a researcher can read, e.g. `Most answer “Daily” to “How often do you use R?” (72 %)`. */
  text: string;
  /** Stable identity of the underlying feature, e.g. `choice:q1:Daily` or `code:c7`. */
  key: string;
  /** What the trait is about: the code's name, the chosen option, or a number range like `8–15`. */
  label: string;
  /** The question's title, for traits drawn from answers. */
  question?: string;
  /** Share of the segment's members that have the feature, 0 to 1. */
  share: number;
  /** Share of all participants that have it, 0 to 1. */
  studyShare: number;
  /** share / studyShare: how much more common the feature is in the segment than overall. */
  lift: number;
  /** Number of segment members with the feature. */
  support: number;
  /** 1 to 3 spans, each from a different participant of the segment. */
  evidence: EvidenceSpan[];
}

/** A feature that sets a segment's centre apart from the study mean. */
export interface CentroidFeature {
  key: string;
  label: string;
  value: number;
  studyMean: number;
}

/** One segment (a persona-to-be). */
export interface SegmentResult {
  memberIds: string[];
  /** Share of the study's participants in this segment, 0 to 1. */
  share: number;
  traits: Trait[];
  /** 3 to 5 spans from the participants nearest the centre (fewer only when the data has fewer). */
  quotes: EvidenceSpan[];
  centroidSummary: CentroidFeature[];
}

/** How much to trust a run (mirrors the GraphQL `SynthesisQuality`). */
export interface SynthesisQuality {
  silhouette: number;
  stability: number;
  evidenceCoverage: number;
  faithfulness: number;
}

/** What `synthesize` returns. */
export interface SynthesisResult {
  segments: SegmentResult[];
  quality: SynthesisQuality;
  /** Number of segments actually produced (after tiny ones merged). */
  k: number;
}

/** Progress callback: a stage name and overall progress from 0 to 1. */
export type ProgressFn = (stage: string, progress: number) => void;

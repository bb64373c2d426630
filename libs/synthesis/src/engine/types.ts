/**
 * Input and output types of the synthesis engine. The engine is pure: callers
 * (the synthesis job) load rows from the database and map them onto these.
 */

/** What a question tells persona synthesis about a respondent (mirrors the GraphQL enum). */
export type PersonaField =
  'NONE' | 'DEMOGRAPHIC' | 'PSYCHOGRAPHIC' | 'BEHAVIOR' | 'GOAL' | 'PAIN_POINT' | 'MOTIVATION';

/** The kind of a persona trait (mirrors the GraphQL `TraitKind`). */
export type TraitKind = Exclude<PersonaField, 'NONE'>;

/** Where a piece of text lives: a transcript segment, one answer of a survey response, or a customer's feedback message. */
export interface SourceRef {
  type: 'TRANSCRIPT_SEGMENT' | 'SURVEY_ANSWER' | 'FEEDBACK_MESSAGE' | 'ANALYTICS_SUMMARY';
  segmentId?: string;
  responseId?: string;
  questionId?: string;
  /** A feedback message (FEEDBACK_MESSAGE): a customer's message, never an agent's. */
  messageId?: string;
  /** A participant's rendered behaviour summary from product analytics (ANALYTICS_SUMMARY). */
  summaryId?: string;
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
  /**
   * A sensitive question (gender, ethnicity, religion, health, sexual orientation…): it never
   * forms segments, traits or evidence. Its open text is dropped too.
   */
  sensitive?: boolean;
  /**
   * A sensitive question a researcher opted in for description: it appears only as a labelled
   * distribution in `SegmentResult.profile` (never a trait, never evidence). Ignored unless `sensitive`.
   */
  describeOnly?: boolean;
  /** The scale's bounds for rating, Likert and NPS questions (e.g. 1–5, 0–10); else the observed range is used. */
  scale?: { min: number; max: number };
  /** True for multi-select questions (each option becomes a yes/no item); else inferred from answers with several labels. */
  multiple?: boolean;
}

/** A highlight: a code (or a discovered theme) applied to `source.text.slice(start, end)`. */
export interface CodeInput {
  codeId: string;
  codeName: string;
  /** PAIN_POINT | GOAL | MOTIVATION | BEHAVIOR | NEED | ATTITUDE | DEMOGRAPHIC | OTHER */
  category: string;
  source: TextSource;
  start: number;
  end: number;
  /**
   * False for a suggested highlight nobody accepted yet (e.g. a theme's proposed member sentence):
   * it counts at half weight in segmentation and is quoted only after accepted ones. Default true.
   */
  accepted?: boolean;
}

/** A piece of a participant's own words: an open answer or an interviewee turn. */
export interface TextInput extends TextSource {
  /** `answer`: an open survey answer; `turn`: an interviewee's transcript turn or a customer's feedback message. Default `answer` for SURVEY_ANSWER refs, else `turn`. */
  kind?: 'answer' | 'turn';
  /** The persona field of the question an open answer belongs to (turns have none). */
  personaField?: PersonaField;
  /**
   * Optional sentence embedding of the text (e.g. from `embedTexts` of '@persona-lab/embeddings').
   * When every segmenting text of a field has one, topics of that field use them instead of TF-IDF.
   */
  vector?: number[];
}

/**
 * One behaviour from product analytics: how often a week the participant does it. Its evidence
 * is `source.text.slice(start, end)`, the behaviour's sentence of their rendered summary.
 */
export interface BehaviourInput {
  /** Stable key across participants, e.g. `event:dashboard_opened`. */
  key: string;
  /** The behaviour as a phrase, e.g. "Opens dashboards". */
  label: string;
  perWeek: number;
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
  texts: TextInput[];
  codes: CodeInput[];
  /** Behaviours from product analytics (linked participants only); absent: no analytics. */
  behaviours?: BehaviourInput[];
}

/** What `synthesize` works on. */
export interface SynthesisInput {
  participants: ParticipantInput[];
  /** How many personas; null or undefined lets the data decide (ICL-BIC over k = 1..8, at least 2 when the data split). */
  personaCount?: number | null;
  /**
   * Extra seed mixed into the content hash that seeds every random choice; the same
   * participants (in any order) and seed give the same output.
   */
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
  /** Plain words, e.g. `Use R: daily — 83 % (2.8× the study)` or `Struggles with slow start-up — 40 % (3.1×)`. */
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
  /** Where the trait comes from: a chosen option, a rating, a number, a code/theme, or a topic of open text. */
  source: 'choice' | 'scale' | 'number' | 'code' | 'text' | 'behaviour';
  /** True when the whole study shares it (study share ≥ 0.9, lift ≈ 1): show it apart, not as distinctive. */
  sharedByStudy: boolean;
  /** True when some evidence is a participant's own open words (open answer, highlight or turn), not a chosen label. */
  openTextEvidence: boolean;
  /** For ratings: the segment's mean, the study's mean and the scale, e.g. 4.6 / 3.9 on 1–5. */
  mean?: { segment: number; study: number; min: number; max: number };
  /** For behaviours: the segment's and the study's mean frequency per week. */
  perWeek?: { segment: number; study: number };
}

/** A distribution of an opted-in sensitive question within a segment: description only, never evidence. */
export interface ProfileDistribution {
  questionId: string;
  question: string;
  /** Always true: the writer labels it (e.g. "Self-described, shown for description only"). */
  sensitive: true;
  /** Options by share in the segment, with the study share beside; answers from fewer than 3 members are folded into "Other". */
  values: { label: string; share: number; studyShare: number }[];
  /** Members who answered. */
  answered: number;
}

/** An interviewee placed in a segment by how well their words fit it. */
export interface IntervieweeFit {
  participantId: string;
  /** Cosine similarity of the interviewee's words with the segment's (0 to 1); how sure the placement is. */
  fit: number;
  /** The fit with the next best segment, to judge ambiguity. */
  runnerUp: number;
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
  /**
   * How well each member (parallel to memberIds) fits the segment, 0 to 1: a respondent's
   * posterior probability of this segment, a placed interviewee's fit from their words.
   */
  memberFits: number[];
  /** Share of the study's participants in this segment, 0 to 1. */
  share: number;
  traits: Trait[];
  /** 3 to 5 spans from the participants nearest the centre (fewer only when the data has fewer). */
  quotes: EvidenceSpan[];
  centroidSummary: CentroidFeature[];
  /** True for a segment too small to present as a finding (fewer than 10 members or under 5 % of the study). */
  small: boolean;
  /** Opted-in sensitive questions as labelled distributions (never traits, never evidence). */
  profile: ProfileDistribution[];
  /** Interviewees placed in this segment after segmentation (they are also in memberIds). */
  interviewees: IntervieweeFit[];
  /** Mean posterior probability of membership of the survey members (1 = every member clearly belongs). */
  certainty: number;
  /** Content seed for a persona's name and avatar (DiceBear): stable while the traits stay the same. */
  avatarSeed: string;
}

/** How much to trust a run (mirrors the GraphQL `SynthesisQuality`). */
export interface SynthesisQuality {
  silhouette: number;
  stability: number;
  evidenceCoverage: number;
  faithfulness: number;
}

/** How the segments were found, for the run's record and the researcher's eye. */
export interface SynthesisDiagnostics {
  method: 'latent-class';
  /** Participants segmented (survey respondents, or everyone when the study has only interviews). */
  segmented: number;
  /** Interviewees placed afterwards. */
  placed: number;
  /** Indicators used: choice and scale questions, multi-select options, codes/themes, text topics. */
  indicators: {
    key: string;
    label: string;
    categories: number;
    kind: 'choice' | 'option' | 'scale' | 'number' | 'code' | 'text';
  }[];
  /** ICL-BIC of every k tried (lower is better). */
  scores: { k: number; bic: number; icl: number; segments: number }[];
  /** Relative entropy of the classification, 0–1 (1 = every participant clearly in one segment). */
  entropy: number;
  /** Bootstrap Jaccard of each segment with its best match under resampling, in segment order. */
  segmentStability: number[];
  /** Whether text topics used embeddings (`vector`) or TF-IDF. */
  textVectors: 'embedding' | 'tfidf' | 'none';
}

/** What `synthesize` returns. */
export interface SynthesisResult {
  segments: SegmentResult[];
  quality: SynthesisQuality;
  /** Number of segments actually produced (after tiny ones merged). */
  k: number;
  /** Plain sentences about limits of this run (e.g. no open text, no needs split found). */
  warnings: string[];
  diagnostics: SynthesisDiagnostics;
  /** What the run keeps to place later participants in its segments (`assignToSegments`). */
  model?: import('./assign').SegmentModel;
}

/** Progress callback: a stage name and overall progress from 0 to 1. */
export type ProgressFn = (stage: string, progress: number) => void;

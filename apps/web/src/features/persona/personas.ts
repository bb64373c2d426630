import type { PersonaStatus, Role, TraitKind } from '../../gql/graphql';

export const PERSONA_STATUSES: PersonaStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'APPROVED',
  'REJECTED',
  'ARCHIVED',
];

export const TRAIT_KINDS: TraitKind[] = [
  'DEMOGRAPHIC',
  'PSYCHOGRAPHIC',
  'BEHAVIOR',
  'GOAL',
  'PAIN_POINT',
  'MOTIVATION',
];

export const KIND_LABELS: Record<TraitKind, string> = {
  DEMOGRAPHIC: 'Profile',
  PSYCHOGRAPHIC: 'Attitudes',
  BEHAVIOR: 'Behaviours',
  GOAL: 'Goals',
  PAIN_POINT: 'Pain points',
  MOTIVATION: 'Motivations',
};

export const STATUS_LABELS: Record<PersonaStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  ARCHIVED: 'Archived',
};

/** The synthesis stages as the API reports them, in words a researcher understands. */
const STAGE_LABELS: Record<string, string> = {
  queued: 'Waiting to start',
  loading: 'Loading the coded data',
  features: 'Finding what participants have in common',
  segments: 'Grouping participants into segments',
  stability: 'Checking that the segments are stable',
  traits: 'Choosing traits and quotes',
  words: 'Writing names and summaries',
  saving: 'Saving the personas',
  done: 'Done',
};

export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return 'Waiting to start';
  return STAGE_LABELS[stage] ?? stage.charAt(0).toUpperCase() + stage.slice(1);
}

/** OWNER and RESEARCHER edit drafts, submit them, archive and run synthesis. */
export function canResearch(role: Role | null | undefined): boolean {
  return role === 'OWNER' || role === 'RESEARCHER';
}

/** OWNER and REVIEWER approve, request changes or reject. */
export function canReview(role: Role | null | undefined): boolean {
  return role === 'OWNER' || role === 'REVIEWER';
}

/** Everyone but VIEWER may comment. */
export function canComment(role: Role | null | undefined): boolean {
  return canResearch(role) || role === 'REVIEWER';
}

/**
 * The avatar SVG as an image URL. An <img> never runs scripts inside an SVG,
 * unlike inline markup, so the string is never put into the DOM as HTML.
 */
export function avatarDataUrl(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** 0.384 → "38%". */
export function percent(share: number): string {
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}

/** How common a trait is: "83 % · 2.8× the study"; empty for hand-written traits (no figures). */
export function traitFigures(
  share: number | null | undefined,
  lift: number | null | undefined,
): string {
  const parts: string[] = [];
  if (share != null) parts.push(`${Math.round(Math.max(0, Math.min(1, share)) * 100)} %`);
  if (lift != null) parts.push(`${lift.toFixed(1)}× the study`);
  return parts.join(' · ');
}

/** The flag of a segment too small to present as a finding. */
export function smallSegmentText(people: number): string {
  return `Small segment: ${people} ${people === 1 ? 'person' : 'people'} — treat as a lead, not a finding`;
}

export interface TraitGroup<T> {
  key: string;
  label: string;
  /** Each trait with its index in the version (comments and review checks use it). */
  traits: { trait: T; index: number }[];
}

/**
 * Traits by kind in reading order (Profile, Attitudes, Behaviours, Goals, Pain points,
 * Motivations), then those the whole study shares in one group of their own: they describe
 * the study, not what sets the persona apart.
 */
export function groupTraits<T extends { kind: TraitKind; sharedByStudy?: boolean | null }>(
  traits: readonly T[],
): { distinctive: TraitGroup<T>[]; shared: TraitGroup<T> | null } {
  const indexed = traits.map((trait, index) => ({ trait, index }));
  const distinctive = TRAIT_KINDS.map((kind) => ({
    key: kind,
    label: KIND_LABELS[kind],
    traits: indexed.filter(({ trait }) => trait.kind === kind && !trait.sharedByStudy),
  })).filter((group) => group.traits.length > 0);
  const common = TRAIT_KINDS.flatMap((kind) =>
    indexed.filter(({ trait }) => trait.kind === kind && trait.sharedByStudy),
  );
  return {
    distinctive,
    shared: common.length
      ? { key: 'shared', label: 'Shared by the whole study', traits: common }
      : null,
  };
}

/** A quote cut to a chip's length, at a word boundary. */
export function shortQuote(quote: string, max = 60): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A file name from a persona name: "Maya, the planner" → "maya-the-planner". */
export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'persona'
  );
}

/** Identifies a span of a source, so the same quote is not cited twice. */
export function spanKey(span: {
  source: {
    type: string;
    segmentId?: string | null;
    responseId?: string | null;
    questionId?: string | null;
    messageId?: string | null;
  };
  start: number;
  end: number;
}): string {
  const s = span.source;
  return [s.type, s.segmentId, s.responseId, s.questionId, s.messageId, span.start, span.end].join(
    ':',
  );
}

/**
 * What a chip says after who said it: a survey answer with its question
 * ("How often do you use R? — Daily"; a longer written answer in quotes),
 * otherwise the quote itself in quotes.
 */
export function evidenceText(
  evidence: { quote: string; questionTitle?: string | null },
  max = 48,
): string {
  if (!evidence.questionTitle) return `“${shortQuote(evidence.quote, max)}”`;
  const answer = evidence.quote.trim();
  // A choice, a number or a date reads as a value; a sentence someone wrote reads as a quote.
  const said = answer.split(/\s+/).length > 4 ? `“${shortQuote(answer, max)}”` : answer;
  return `${shortQuote(evidence.questionTitle, max)} — ${said}`;
}

/** Who a quote is from: the participant's label, or the kind of source when none is linked. */
export function sourceLabel(evidence: {
  source: { type: string };
  participant?: { label: string } | null;
}): string {
  if (evidence.participant?.label) return evidence.participant.label;
  if (evidence.source.type === 'FEEDBACK_MESSAGE') return 'Customer';
  return evidence.source.type === 'SURVEY_ANSWER' ? 'Respondent' : 'Interviewee';
}

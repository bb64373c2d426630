import type { Participant } from '@persona-lab/studies';
import type { PersonaRow } from './data/persona.repository';
import type { PersonaContent, StoredEvidence } from './persona-content';
import type {
  Evidence,
  Persona,
  PersonaStatus,
  PersonaWords,
  ReviewState,
} from './models/persona.model';
import { smallSegmentOf } from './small-segment';

export type { PersonaRow };

/** An approved persona has a newer version that is not approved yet (and it is not archived). */
export const hasPendingDraft = (row: PersonaRow): boolean =>
  row.approved_version !== null &&
  row.approved_version !== row.latest_version &&
  ['DRAFT', 'IN_REVIEW', 'REJECTED'].includes(row.status);

/** The version a client sees: the approved one while a newer draft waits beside it, else the latest. */
export const shownVersion = (row: PersonaRow): number =>
  hasPendingDraft(row) ? row.approved_version! : row.latest_version;

/** What a version's status is now: the row's status for the latest, APPROVED for the approved one, null for older ones. */
export function statusOfVersion(row: PersonaRow, version: number): PersonaStatus | null {
  if (version === row.latest_version) return row.status;
  if (version === row.approved_version) return 'APPROVED';
  return null;
}

/**
 * Where the latest version is in review. `status` keeps the contract (a request for changes
 * leaves it DRAFT); this says CHANGES_REQUESTED until the next submit. An archived persona
 * says APPROVED when its latest version was the approved one, else NOT_SUBMITTED.
 */
export function reviewStateOf(row: PersonaRow): ReviewState {
  switch (row.status) {
    case 'IN_REVIEW':
    case 'APPROVED':
    case 'REJECTED':
      return row.status;
    case 'ARCHIVED':
      // Archiving ends the review: nothing is requested of anyone any more.
      return row.approved_version === row.latest_version ? 'APPROVED' : 'NOT_SUBMITTED';
    default:
      return row.changes_requested ? 'CHANGES_REQUESTED' : 'NOT_SUBMITTED';
  }
}

/** Every participant id a version's evidence points at. */
export function participantIdsOf(content: PersonaContent): string[] {
  const ids = new Set<string>();
  const add = (e: StoredEvidence) => e.participantId && ids.add(e.participantId);
  content.traits.forEach((t) => t.evidence.forEach(add));
  content.quotes.forEach(add);
  return [...ids];
}

export type ParticipantsById = ReadonlyMap<string, Participant>;
/** `responseId:questionId` → the question's title in the version the response answered. */
export type QuestionTitles = ReadonlyMap<string, string>;
const NO_TITLES: QuestionTitles = new Map();

/** Every survey answer a version's evidence quotes, as `{ responseId, questionId }`. */
export function answerRefsOf(
  content: PersonaContent,
): { responseId: string; questionId: string }[] {
  const refs: { responseId: string; questionId: string }[] = [];
  const add = (e: StoredEvidence) => {
    if (e.source.type === 'SURVEY_ANSWER' && e.source.responseId && e.source.questionId)
      refs.push({ responseId: e.source.responseId, questionId: e.source.questionId });
  };
  content.traits.forEach((t) => t.evidence.forEach(add));
  content.quotes.forEach(add);
  return refs;
}

export function toEvidence(
  e: StoredEvidence,
  participants: ParticipantsById,
  titles: QuestionTitles = NO_TITLES,
): Evidence {
  return {
    source: {
      type: e.source.type,
      segmentId: e.source.segmentId ?? null,
      responseId: e.source.responseId ?? null,
      questionId: e.source.questionId ?? null,
      messageId: e.source.messageId ?? null,
      summaryId: e.source.summaryId ?? null,
    },
    start: e.start,
    end: e.end,
    quote: e.quote,
    participant: e.participantId ? (participants.get(e.participantId) ?? null) : null,
    questionTitle:
      e.source.type === 'SURVEY_ANSWER'
        ? (titles.get(`${e.source.responseId}:${e.source.questionId}`) ?? null)
        : null,
  };
}

export function toWords(
  content: PersonaContent,
  participants: ParticipantsById,
  titles: QuestionTitles = NO_TITLES,
): PersonaWords {
  return {
    name: content.name,
    tagline: content.tagline ?? null,
    summary: content.summary,
    backstory: content.backstory ?? null,
    smallSegment: smallSegmentOf(content),
    sensitiveProfile: content.sensitiveProfile ?? [],
    avatarSvg: content.avatarSvg,
    segmentShare: content.segmentShare,
    participantCount: content.participantCount,
    traits: content.traits.map((t) => ({
      kind: t.kind,
      text: t.text,
      evidence: t.evidence.map((e) => toEvidence(e, participants, titles)),
      share: t.share ?? null,
      lift: t.lift ?? null,
      sharedByStudy: t.sharedByStudy ?? false,
    })),
    quotes: content.quotes.map((e) => toEvidence(e, participants, titles)),
  };
}

/** A persona showing `version` (normally `shownVersion(row)`) with that version's content. */
export function toPersona(
  row: PersonaRow,
  version: number,
  content: PersonaContent,
  participants: ParticipantsById,
  titles: QuestionTitles = NO_TITLES,
): Persona {
  return {
    ...toWords(content, participants, titles),
    id: row.id,
    status: row.status === 'ARCHIVED' ? 'ARCHIVED' : (statusOfVersion(row, version) ?? row.status),
    version,
    latestVersion: row.latest_version,
    approvedVersion: row.approved_version,
    segmentVanished: row.segment_vanished,
    studyId: row.study_id,
    synthesisRunId: row.synthesis_run_id,
    latestStatus: row.status,
    reviewState: reviewStateOf(row),
    hasDraft: hasPendingDraft(row) && version === row.approved_version,
  };
}

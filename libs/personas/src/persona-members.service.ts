import { Injectable } from '@nestjs/common';
import { badInput } from '@persona-lab/errors';
import { InterviewReader } from '@persona-lab/interviews';
import { StudyParticipantsReader } from '@persona-lab/studies';
import { ResponseReader, type MemberResponse } from '@persona-lab/surveys';
import { PersonaMemberRepository, type MemberCursor } from './data/persona-member.repository';
import type {
  PersonaMember,
  PersonaMemberConnection,
  PersonaMemberResponse,
} from './models/persona-member.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_MEMBERS_PAGE = 500;

const encodeCursor = (c: MemberCursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(after: string): MemberCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString());
  } catch {
    value = null;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !(value[0] === null || (typeof value[0] === 'number' && Number.isFinite(value[0]))) ||
    typeof value[1] !== 'string'
  )
    throw badInput('The `after` cursor is not valid; use the endCursor of the previous page.', {
      field: 'after',
    });
  return value as MemberCursor;
}

/** An engine member id split into its kind and table id (null when it is not one synthesis writes). */
export function parseMemberId(id: string): { kind: 'p' | 'r' | 'i' | 'c'; rowId: string } | null {
  const kind = id.slice(0, 2);
  const rowId = id.slice(2);
  if ((kind !== 'p:' && kind !== 'r:' && kind !== 'i:' && kind !== 'c:') || !UUID.test(rowId))
    return null;
  return { kind: kind[0] as 'p' | 'r' | 'i' | 'c', rowId };
}

/**
 * A persona's members (`persona.member_ids`, written by synthesis) with their
 * fit (`persona.member_fit`), paged in SQL, each linked to its responses and
 * interviews in the persona's study. Callers check access to the persona first.
 */
@Injectable()
export class PersonaMembersService {
  constructor(
    private readonly members: PersonaMemberRepository,
    private readonly participants: StudyParticipantsReader,
    private readonly responses: ResponseReader,
    private readonly interviews: InterviewReader,
  ) {}

  async page(
    personaId: string,
    first: number,
    after: string | null,
  ): Promise<PersonaMemberConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MEMBERS_PAGE)
      throw badInput(`\`first\` must be between 1 and ${MAX_MEMBERS_PAGE}.`, { field: 'first' });
    const cursor = after ? decodeCursor(after) : null;
    const rows = await this.members.page(personaId, first + 1, cursor);
    const page = rows.slice(0, first);
    const total = rows[0]?.total ?? (await this.members.count(personaId));
    const nodes = page.length ? await this.hydrate(page[0].study_id, page) : [];
    const last = page[page.length - 1];
    return {
      totalCount: total,
      nodes,
      endCursor: rows.length > first && last ? encodeCursor([last.fit, last.id]) : null,
    };
  }

  /** Labels, participants, responses and interviews of a page of members: three queries, whatever the page size. */
  private async hydrate(
    studyId: string,
    page: { id: string; fit: number | null }[],
  ): Promise<PersonaMember[]> {
    const ids = (kind: 'p' | 'r' | 'i') =>
      page
        .map((m) => parseMemberId(m.id))
        .filter((m) => m?.kind === kind)
        .map((m) => m!.rowId);
    const participantIds = ids('p');
    const [participants, responses, interviews] = await Promise.all([
      this.participants.ofStudy(studyId, participantIds),
      this.responses.ofMembers(studyId, participantIds, ids('r')),
      this.interviews.forParticipantsOrIds(studyId, participantIds, ids('i')),
    ]);
    const participantById = new Map(participants.map((x) => [x.id, x]));
    const group = <T extends { participantId: string | null }>(rows: T[]) => {
      const by = new Map<string, T[]>();
      for (const r of rows)
        if (r.participantId) by.set(r.participantId, [...(by.get(r.participantId) ?? []), r]);
      return by;
    };
    const responsesOf = group(responses);
    const interviewsOf = group(interviews);
    const responseById = new Map(responses.map((r) => [r.id, r]));
    const interviewById = new Map(interviews.map((i) => [i.id, i]));
    const toResponse = (r: MemberResponse): PersonaMemberResponse => ({
      id: r.id,
      surveyId: r.surveyId,
      surveyTitle: r.surveyTitle,
      submittedAt: r.submittedAt,
    });
    return page.map(({ id, fit }) => {
      const parsed = parseMemberId(id);
      const member: PersonaMember = {
        id,
        label: id,
        participant: null,
        responseIds: [],
        responses: [],
        interviewIds: [],
        fit,
      };
      if (parsed?.kind === 'p') {
        member.participant = participantById.get(parsed.rowId) ?? null;
        member.label = member.participant?.label ?? 'Participant';
        member.responses = (responsesOf.get(parsed.rowId) ?? []).map(toResponse);
        member.interviewIds = (interviewsOf.get(parsed.rowId) ?? []).map((i) => i.id);
      } else if (parsed?.kind === 'r') {
        // The same label synthesis gives an unlinked respondent.
        member.label = `Respondent ${parsed.rowId.slice(0, 6)}`;
        const response = responseById.get(parsed.rowId);
        member.responses = response ? [toResponse(response)] : [];
      } else if (parsed?.kind === 'i') {
        const interview = interviewById.get(parsed.rowId);
        member.label = interview?.title ?? 'Interview';
        member.interviewIds = interview ? [interview.id] : [];
      } else if (parsed?.kind === 'c') {
        // A feedback conversation whose customer is linked to no participant.
        member.label = `Feedback conversation ${parsed.rowId.slice(0, 6)}`;
      }
      member.responseIds = member.responses.map((r) => r.id);
      return member;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@persona-lab/errors';
import type { Participant } from '@persona-lab/studies';
import type {
  PersonaMember,
  PersonaMemberConnection,
  PersonaMemberResponse,
} from './models/persona-member.model';

type ResponseRow = {
  id: string;
  participant_id: string | null;
  survey_id: string;
  title: string;
  submitted_at: Date;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_MEMBERS_PAGE = 500;

/** Where a page starts: after the member with this fit (null = unknown, sorted last) and id. */
type MemberCursor = [fit: number | null, id: string];

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
export function parseMemberId(id: string): { kind: 'p' | 'r' | 'i'; rowId: string } | null {
  const kind = id.slice(0, 2);
  const rowId = id.slice(2);
  if ((kind !== 'p:' && kind !== 'r:' && kind !== 'i:') || !UUID.test(rowId)) return null;
  return { kind: kind[0] as 'p' | 'r' | 'i', rowId };
}

/**
 * A persona's members (`persona.member_ids`, written by synthesis) with their
 * fit (`persona.member_fit`), paged in SQL, each linked to its responses and
 * interviews in the persona's study. Callers check access to the persona first.
 */
@Injectable()
export class PersonaMembersService {
  constructor(private readonly db: DataSource) {}

  async page(
    personaId: string,
    first: number,
    after: string | null,
  ): Promise<PersonaMemberConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MEMBERS_PAGE)
      throw badInput(`\`first\` must be between 1 and ${MAX_MEMBERS_PAGE}.`, { field: 'first' });
    const cursor = after ? decodeCursor(after) : null;
    const params: unknown[] = [personaId];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    // Fit descending with unknown fits last, then id: the keyset below follows the same order.
    let keyset = '';
    if (cursor && cursor[0] === null) keyset = `WHERE m.fit IS NULL AND m.id > ${p(cursor[1])}`;
    else if (cursor) {
      const fit = p(cursor[0]);
      keyset = `WHERE (m.fit < ${fit} OR (m.fit = ${fit} AND m.id > ${p(cursor[1])}) OR m.fit IS NULL)`;
    }
    const rows: { id: string; fit: number | null; study_id: string; total: number }[] =
      await this.db.query(
        `WITH m AS (
         SELECT e.id COLLATE "C" AS id, p.study_id, count(*) OVER ()::int AS total,
                CASE WHEN jsonb_typeof(p.member_fit -> e.id) = 'number' THEN (p.member_fit ->> e.id)::float8 END AS fit
           FROM persona p CROSS JOIN LATERAL jsonb_array_elements_text(p.member_ids) AS e(id)
          WHERE p.id = $1)
       SELECT m.id, m.fit, m.study_id, m.total FROM m ${keyset}
        ORDER BY m.fit DESC NULLS LAST, m.id LIMIT ${p(first + 1)}`,
        params,
      );
    const page = rows.slice(0, first);
    const total = rows[0]?.total ?? (await this.count(personaId));
    const nodes = page.length ? await this.hydrate(page[0].study_id, page) : [];
    const last = page[page.length - 1];
    return {
      totalCount: total,
      nodes,
      endCursor: rows.length > first && last ? encodeCursor([last.fit, last.id]) : null,
    };
  }

  private async count(personaId: string): Promise<number> {
    const [row] = await this.db.query(
      'SELECT jsonb_array_length(member_ids)::int AS n FROM persona WHERE id = $1',
      [personaId],
    );
    return row?.n ?? 0;
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
      participantIds.length
        ? (this.db.query(
            'SELECT id, label, attributes FROM participant WHERE study_id = $1 AND id = ANY($2::uuid[])',
            [studyId, participantIds],
          ) as Promise<Participant[]>)
        : [],
      this.db.query(
        `SELECT r.id, r.participant_id, r.survey_id, s.title, r.submitted_at FROM response r JOIN survey s ON s.id = r.survey_id
          WHERE s.study_id = $1 AND (r.participant_id = ANY($2::uuid[]) OR r.id = ANY($3::uuid[]))
          ORDER BY r.submitted_at, r.id`,
        [studyId, participantIds, ids('r')],
      ) as Promise<ResponseRow[]>,
      this.db.query(
        `SELECT id, participant_id, title FROM interview
          WHERE study_id = $1 AND (participant_id = ANY($2::uuid[]) OR id = ANY($3::uuid[]))
          ORDER BY created_at, id`,
        [studyId, participantIds, ids('i')],
      ) as Promise<{ id: string; participant_id: string | null; title: string }[]>,
    ]);
    const participantById = new Map(participants.map((x) => [x.id, x]));
    const group = <T extends { participant_id: string | null }>(rows: T[]) => {
      const by = new Map<string, T[]>();
      for (const r of rows)
        if (r.participant_id) by.set(r.participant_id, [...(by.get(r.participant_id) ?? []), r]);
      return by;
    };
    const responsesOf = group(responses);
    const interviewsOf = group(interviews);
    const responseById = new Map(responses.map((r) => [r.id, r]));
    const interviewById = new Map(interviews.map((i) => [i.id, i]));
    const toResponse = (r: ResponseRow): PersonaMemberResponse => ({
      id: r.id,
      surveyId: r.survey_id,
      surveyTitle: r.title,
      submittedAt: r.submitted_at,
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
      }
      member.responseIds = member.responses.map((r) => r.id);
      return member;
    });
  }
}

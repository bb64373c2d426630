import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PersonaContent } from '../persona-content';
import { PersonaAssignmentEntity } from './persona-assignment.entity';

/** One participant's row as the assignment job writes it. */
export interface AssignmentRow {
  participantKey: string;
  participantId: string | null;
  origin: 'MEMBER' | 'NEWCOMER';
  personaId: string | null;
  reason: 'MEMBER' | 'ASSIGNED' | 'TOO_FEW_ITEMS' | 'AMBIGUOUS' | 'ATYPICAL';
  fit: number;
  factKeys: string[];
  dataAt: Date;
}

/** A persona of a run, as the assignment job needs it. */
export interface RunPersonaMembers {
  id: string;
  memberIds: string[];
}

/** A month of a persona's share: its people and everybody's, that month. */
export interface MonthCount {
  personaId: string;
  /** `YYYY-MM` (UTC). */
  month: string;
  count: number;
  total: number;
}

/** What drift needs of a persona: its approved version and when it was approved. */
export interface ApprovedPersona {
  id: string;
  runId: string | null;
  approvedAt: Date;
  content: PersonaContent;
}

/** Newcomers after a persona's approval: how many, placed in it, and its facts among them. */
export interface NewcomerCounts {
  personaId: string;
  newcomers: number;
  assigned: number;
  facts: { key: string; count: number }[];
}

/**
 * The persona_assignment table (personas owns it): the only code that reads or writes it. Every
 * read is one query whatever the number of ids.
 */
@Injectable()
export class PersonaAssignmentRepository {
  constructor(
    @InjectRepository(PersonaAssignmentEntity)
    private readonly repo: Repository<PersonaAssignmentEntity>,
  ) {}

  /** The study's personas written by this run (archived ones left out), with their members. */
  runPersonas(studyId: string, runId: string): Promise<RunPersonaMembers[]> {
    return this.repo.query(
      `SELECT id, member_ids AS "memberIds" FROM persona
        WHERE study_id = $1 AND synthesis_run_id = $2 AND status <> 'ARCHIVED' ORDER BY created_at, id`,
      [studyId, runId],
    );
  }

  /** The participant keys already recorded against a run. */
  async recordedKeys(runId: string): Promise<Set<string>> {
    const rows: { key: string }[] = await this.repo.query(
      'SELECT participant_key AS key FROM persona_assignment WHERE run_id = $1',
      [runId],
    );
    return new Set(rows.map((r) => r.key));
  }

  /**
   * Records rows in one statement; a participant already recorded against the run keeps its first
   * row (a retry or a second run of the job never duplicates nor moves anyone). Returns how many were new.
   */
  async record(studyId: string, runId: string, rows: AssignmentRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result: unknown[] = await this.repo.query(
      `INSERT INTO persona_assignment
         (study_id, run_id, participant_key, participant_id, origin, persona_id, reason, fit, fact_keys, data_at)
       SELECT $1, $2, x.key, x.participant, x.origin, x.persona, x.reason, x.fit,
              ARRAY(SELECT jsonb_array_elements_text(x.facts)), x.data_at
         FROM unnest($3::text[], $4::uuid[], $5::text[], $6::uuid[], $7::text[], $8::float8[], $9::jsonb[], $10::timestamptz[])
           AS x(key, participant, origin, persona, reason, fit, facts, data_at)
       ON CONFLICT (run_id, participant_key) DO NOTHING
       RETURNING id`,
      [
        studyId,
        runId,
        rows.map((r) => r.participantKey),
        rows.map((r) => r.participantId),
        rows.map((r) => r.origin),
        rows.map((r) => r.personaId),
        rows.map((r) => r.reason),
        rows.map((r) => r.fit),
        rows.map((r) => JSON.stringify(r.factKeys)),
        rows.map((r) => r.dataAt),
      ],
    );
    return result.length;
  }

  /** Per persona and month (of the participants' data), its people and everybody recorded against its run. */
  monthCounts(personaIds: readonly string[]): Promise<MonthCount[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT p.id AS "personaId", to_char(date_trunc('month', a.data_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
              (count(*) FILTER (WHERE a.persona_id = p.id))::int AS count, count(*)::int AS total
         FROM persona p JOIN persona_assignment a ON a.run_id = p.synthesis_run_id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY 1, 2 ORDER BY 2`,
      [[...new Set(personaIds)]],
    );
  }

  /** The approved version of each persona that has one, and when that version was approved. */
  approved(personaIds: readonly string[]): Promise<ApprovedPersona[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT p.id, p.synthesis_run_id AS "runId", v.content,
              (SELECT max(r.created_at) FROM review r
                WHERE r.persona_id = p.id AND r.persona_version = p.approved_version AND r.decision = 'APPROVE') AS "approvedAt"
         FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.approved_version
        WHERE p.id = ANY($1::uuid[]) AND p.status <> 'ARCHIVED'`,
      [[...new Set(personaIds)]],
    );
  }

  /**
   * For each (persona, run, since): the newcomers recorded against the run whose data is from
   * `since` on, those placed in the persona, and how many of those hold each fact.
   */
  async newcomersSince(
    items: readonly { personaId: string; runId: string; since: Date }[],
  ): Promise<NewcomerCounts[]> {
    if (!items.length) return [];
    const rows: { personaId: string; newcomers: number; assigned: number; facts: Record<string, number> | null }[] =
      await this.repo.query(
        `WITH x AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS x(persona, run, since)
         ), a AS (
           SELECT x.persona, a.persona_id, a.fact_keys
             FROM x JOIN persona_assignment a
               ON a.run_id = x.run AND a.origin = 'NEWCOMER' AND a.data_at >= x.since
         )
         SELECT x.persona AS "personaId",
                (SELECT count(*)::int FROM a WHERE a.persona = x.persona) AS newcomers,
                (SELECT count(*)::int FROM a WHERE a.persona = x.persona AND a.persona_id = x.persona) AS assigned,
                (SELECT jsonb_object_agg(k, n) FROM (
                   SELECT k, count(*)::int AS n FROM a, unnest(a.fact_keys) k
                    WHERE a.persona = x.persona AND a.persona_id = x.persona GROUP BY k) f) AS facts
           FROM x`,
        [items.map((i) => i.personaId), items.map((i) => i.runId), items.map((i) => i.since)],
      );
    return rows.map((r) => ({
      personaId: r.personaId,
      newcomers: r.newcomers,
      assigned: r.assigned,
      facts: Object.entries(r.facts ?? {}).map(([key, count]) => ({ key, count })),
    }));
  }
}

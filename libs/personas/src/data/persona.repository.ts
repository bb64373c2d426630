import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { PersonaStatus, VersionOrigin } from '../models/persona.model';
import type { PersonaContent } from '../persona-content';
import { PersonaEntity } from './persona.entity';

/** A `persona` row: `status` is the status of the latest version. */
export interface PersonaRow {
  id: string;
  study_id: string;
  status: PersonaStatus;
  latest_version: number;
  approved_version: number | null;
  segment_vanished: boolean;
  synthesis_run_id: string | null;
  /** A reviewer asked for changes and nobody has submitted since. */
  changes_requested: boolean;
}

/** A persona waiting for review, with what decides who may review it. */
export interface InReviewRow {
  id: string;
  study_id: string;
  latest_version: number;
  authors: string[];
  reviewers: string[];
}

/** A persona row with the version a client sees (or the one a run wrote) and its content. */
export type ShownRow = PersonaRow & { version: number; content: PersonaContent };

/** One stored version; `created_by` is the user who wrote an EDIT version. */
export interface VersionRow {
  persona_id: string;
  version: number;
  content: PersonaContent;
  origin: VersionOrigin;
  created_at: Date;
  created_by: string | null;
}

/** The persona row locked for a workflow step, with its latest version. */
export interface LockedPersona {
  id: string;
  status: PersonaStatus;
  latest_version: number;
  approved_version: number | null;
  content: PersonaContent;
  created_by: string | null;
  /** Who wrote a field of the latest version, ran the synthesis that wrote it, or submitted it. */
  authors: string[];
  /** The reviewers named when the latest version was last submitted. */
  reviewers: string[];
  study_id: string;
}

/** A study's persona as a synthesis run finds it (locked), with its latest version. */
export interface RunPersona {
  id: string;
  status: PersonaStatus;
  latest_version: number;
  origin: VersionOrigin;
  member_ids: string[];
  content: PersonaContent;
  authors: string[];
}

/** What a run writes for one persona's members. */
export interface PersonaMembers {
  memberIds: string[];
  memberFits: Record<string, number>;
}

const PERSONA_COLUMNS =
  'p.id, p.study_id, p.status, p.latest_version, p.approved_version, p.segment_vanished, p.synthesis_run_id, p.changes_requested';
/** An approved persona has a newer version that is not approved yet (and it is not archived). */
const HAS_PENDING_DRAFT = `(p.approved_version IS NOT NULL AND p.approved_version <> p.latest_version AND p.status IN ('DRAFT', 'IN_REVIEW', 'REJECTED'))`;
/** The version a client sees (`shownVersion` in persona-view.ts says the same in TypeScript). */
const SHOWN_VERSION = `(CASE WHEN ${HAS_PENDING_DRAFT} THEN p.approved_version ELSE p.latest_version END)`;
const SELECT_SHOWN = `SELECT ${PERSONA_COLUMNS}, v.version, v.content
  FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = ${SHOWN_VERSION}`;

/** The persona and persona_version tables: the only code that reads or writes them. */
@Injectable()
export class PersonaRepository {
  constructor(@InjectRepository(PersonaEntity) private readonly repo: Repository<PersonaEntity>) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.repo.manager.transaction(fn);
  }

  /** The study a persona belongs to, or undefined when there is no such persona. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.repo.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /** The persona with the version a client sees, or undefined. */
  async shown(id: string): Promise<ShownRow | undefined> {
    const rows: ShownRow[] = await this.repo.query(`${SELECT_SHOWN} WHERE p.id = $1`, [id]);
    return rows[0];
  }

  /** These personas with the version a client sees (unknown ids are left out; order is not kept). */
  shownByIds(ids: readonly string[]): Promise<ShownRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.query(`${SELECT_SHOWN} WHERE p.id = ANY($1::uuid[])`, [[...new Set(ids)]]);
  }

  /** A study's personas, oldest first; `status` filters on the status a client sees (APPROVED includes approved personas with a newer draft). */
  shownForStudy(studyId: string, status: PersonaStatus | null): Promise<ShownRow[]> {
    return this.repo.query(
      `${SELECT_SHOWN}
        WHERE p.study_id = $1
          AND ($2::text IS NULL OR (CASE WHEN v.version = p.latest_version THEN p.status ELSE 'APPROVED' END) = $2)
        ORDER BY p.created_at, p.id`,
      [studyId, status ?? null],
    );
  }

  /** `shownForStudy` for many studies in one query; per study oldest first. */
  shownForStudies(studyIds: readonly string[], status: PersonaStatus | null): Promise<ShownRow[]> {
    if (!studyIds.length) return Promise.resolve([]);
    return this.repo.query(
      `${SELECT_SHOWN}
        WHERE p.study_id = ANY($1::uuid[])
          AND ($2::text IS NULL OR (CASE WHEN v.version = p.latest_version THEN p.status ELSE 'APPROVED' END) = $2)
        ORDER BY p.created_at, p.id`,
      [[...new Set(studyIds)], status ?? null],
    );
  }

  /** `writtenByRun` for many runs in one query, each row with the run it answers (`run_id`); per run oldest persona first. */
  writtenByRuns(runIds: readonly string[]): Promise<(ShownRow & { run_id: string })[]> {
    if (!runIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (v.synthesis_run_id, p.id) ${PERSONA_COLUMNS}, v.version, v.content, p.created_at,
                v.synthesis_run_id AS run_id
           FROM persona_version v JOIN persona p ON p.id = v.persona_id
          WHERE v.synthesis_run_id = ANY($1::uuid[])
          ORDER BY v.synthesis_run_id, p.id, v.version DESC
       ) x ORDER BY x.created_at, x.id`,
      [[...new Set(runIds)]],
    );
  }

  /** Every version of each of these personas, in one query; per persona oldest first. */
  versionsOfMany(personaIds: readonly string[]): Promise<VersionRow[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT persona_id, version, content, origin, created_at, created_by FROM persona_version
        WHERE persona_id = ANY($1::uuid[]) ORDER BY persona_id, version`,
      [[...new Set(personaIds)]],
    );
  }

  /** One version of each persona (`versions[i]` of `personaIds[i]`), in one query; missing ones are left out. */
  versionsAt(personaIds: readonly string[], versions: readonly number[]): Promise<VersionRow[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT v.persona_id, v.version, v.content, v.origin, v.created_at, v.created_by
         FROM persona_version v JOIN unnest($1::uuid[], $2::int[]) AS k(persona_id, version)
           ON k.persona_id = v.persona_id AND k.version = v.version`,
      [personaIds, versions],
    );
  }

  /** The content of these versions of a persona (versions that do not exist are left out). */
  versionContents(
    personaId: string,
    versions: number[],
  ): Promise<{ version: number; content: PersonaContent }[]> {
    return this.repo.query(
      'SELECT version, content FROM persona_version WHERE persona_id = $1 AND version = ANY($2::int[])',
      [personaId, versions],
    );
  }

  /** The content of the latest version, or undefined when there is no such persona. */
  async latestContent(id: string): Promise<PersonaContent | undefined> {
    const [row] = await this.repo.query(
      'SELECT v.content FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version WHERE p.id = $1',
      [id],
    );
    return row?.content;
  }

  /** Locks the persona row for a workflow step; undefined when there is no such persona. */
  async lock(tx: EntityManager, id: string): Promise<LockedPersona | undefined> {
    const [row] = await tx.query(
      `SELECT p.id, p.study_id, p.status, p.latest_version, p.approved_version, v.content, v.created_by, v.authors, v.reviewers
         FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE p.id = $1 FOR UPDATE OF p`,
      [id],
    );
    return row;
  }

  /** Adds an edited version and makes it the latest, as a DRAFT; `authors` includes the editor. */
  async addEditedVersion(
    tx: EntityManager,
    id: string,
    version: number,
    content: PersonaContent,
    userId: string,
    authors: readonly string[],
  ): Promise<void> {
    await tx.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, created_by, authors) VALUES ($1, $2, $3, 'EDIT', $4, $5::uuid[])`,
      [id, version, JSON.stringify(content), userId, authors],
    );
    await tx.query(
      `UPDATE persona SET status = 'DRAFT', latest_version = $2, updated_at = now() WHERE id = $1`,
      [id, version],
    );
  }

  /** Adds a user to a version's authors (a submitter); nothing when already there. */
  async addAuthor(tx: EntityManager, id: string, version: number, userId: string): Promise<void> {
    await tx.query(
      `UPDATE persona_version SET authors = array_append(authors, $3::uuid)
        WHERE persona_id = $1 AND version = $2 AND NOT ($3::uuid = ANY(authors))`,
      [id, version, userId],
    );
  }

  /** DRAFT → IN_REVIEW: the latest version waits for these reviewers (none: anyone with the right); a request for changes is answered. */
  async submit(
    tx: EntityManager,
    id: string,
    version: number,
    reviewers: readonly string[],
  ): Promise<void> {
    await tx.query(
      `UPDATE persona SET status = 'IN_REVIEW', changes_requested = false, updated_at = now() WHERE id = $1`,
      [id],
    );
    await tx.query(
      'UPDATE persona_version SET reviewers = $3::uuid[] WHERE persona_id = $1 AND version = $2',
      [id, version, reviewers],
    );
  }

  /** Marks that a reviewer asked for changes (until the next submit). */
  async setChangesRequested(tx: EntityManager, id: string): Promise<void> {
    await tx.query('UPDATE persona SET changes_requested = true WHERE id = $1', [id]);
  }

  /** The personas IN_REVIEW in these studies, with the authors and named reviewers of the version in review; oldest first. */
  inReview(studyIds: readonly string[]): Promise<InReviewRow[]> {
    if (!studyIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT p.id, p.study_id, p.latest_version, v.authors, v.reviewers
         FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE p.study_id = ANY($1::uuid[]) AND p.status = 'IN_REVIEW'
        ORDER BY p.updated_at, p.id`,
      [[...new Set(studyIds)]],
    );
  }

  /** The named reviewers of each persona's latest version, when it is IN_REVIEW (others are left out). */
  reviewersInReview(personaIds: readonly string[]): Promise<{ id: string; reviewers: string[] }[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT p.id, v.reviewers
         FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE p.id = ANY($1::uuid[]) AND p.status = 'IN_REVIEW'`,
      [[...new Set(personaIds)]],
    );
  }

  /** Sets the latest version's status (and the approved version when one is given). */
  async setStatus(
    tx: EntityManager,
    id: string,
    status: PersonaStatus,
    approvedVersion?: number,
  ): Promise<void> {
    await tx.query(
      `UPDATE persona SET status = $2, approved_version = COALESCE($3::int, approved_version), updated_at = now() WHERE id = $1`,
      [id, status, approvedVersion ?? null],
    );
  }

  /** A study's personas that a run may match (not archived), locked, oldest first. */
  lockForRun(tx: EntityManager, studyId: string): Promise<RunPersona[]> {
    return tx.query(
      `SELECT p.id, p.status, p.latest_version, p.member_ids, v.content, v.origin, v.authors
         FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE p.study_id = $1 AND p.status <> 'ARCHIVED' ORDER BY p.created_at, p.id FOR UPDATE OF p`,
      [studyId],
    );
  }

  /** A new DRAFT persona with its first version, written by a run. */
  async createFromRun(
    tx: EntityManager,
    p: {
      id: string;
      studyId: string;
      runId: string;
      content: PersonaContent;
      authors: readonly string[];
    } & PersonaMembers,
  ): Promise<void> {
    await tx.query(
      // clock_timestamp(), not the transaction's now(): a run's personas list in the order the run
      // wrote them (largest segment first) rather than by their random ids.
      `INSERT INTO persona (id, study_id, status, latest_version, member_ids, member_fit, synthesis_run_id, created_at)
       VALUES ($1, $2, 'DRAFT', 1, $3, $5, $4, clock_timestamp())`,
      [p.id, p.studyId, JSON.stringify(p.memberIds), p.runId, JSON.stringify(p.memberFits)],
    );
    await tx.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id, authors) VALUES ($1, 1, $2, 'SYNTHESIS', $3, $4::uuid[])`,
      [p.id, p.content, p.runId, p.authors],
    );
  }

  /** A run's new version of an existing persona, made the latest as a DRAFT. */
  async addRunVersion(
    tx: EntityManager,
    p: {
      id: string;
      version: number;
      runId: string;
      content: PersonaContent;
      authors: readonly string[];
    } & PersonaMembers,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id, authors) VALUES ($1, $2, $3, 'SYNTHESIS', $4, $5::uuid[])`,
      [p.id, p.version, p.content, p.runId, p.authors],
    );
    await tx.query(
      `UPDATE persona SET status = 'DRAFT', latest_version = $2, member_ids = $3, member_fit = $5, segment_vanished = false,
              synthesis_run_id = $4, updated_at = now() WHERE id = $1`,
      [p.id, p.version, JSON.stringify(p.memberIds), p.runId, JSON.stringify(p.memberFits)],
    );
  }

  /** A run found the persona's segment again with the same content: only its members change. */
  async setMembers(tx: EntityManager, id: string, m: PersonaMembers): Promise<void> {
    await tx.query(
      'UPDATE persona SET member_ids = $2, member_fit = $3, segment_vanished = false WHERE id = $1',
      [id, JSON.stringify(m.memberIds), JSON.stringify(m.memberFits)],
    );
  }

  /** A run did not find the persona's segment: flagged, never deleted. */
  async markVanished(tx: EntityManager, id: string): Promise<void> {
    await tx.query(
      'UPDATE persona SET segment_vanished = true, updated_at = now() WHERE id = $1 AND NOT segment_vanished',
      [id],
    );
  }
}

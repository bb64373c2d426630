import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import { from as copyFrom } from 'pg-copy-streams';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Repository } from 'typeorm';
import { AnalyticsImportEntity } from './analytics-import.entity';

/** An import as the API shows it. */
export interface AnalyticsImportRow {
  id: string;
  studyId: string;
  kind: 'EVENTS' | 'SUMMARY';
  fileName: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  bytesRead: number;
  rowsRead: number;
  rowsSkipped: number;
  events: number;
  users: number;
  linked: number;
  referenceAt: Date | null;
  features: string[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** What aggregation found. */
export interface AggregateResult {
  events: number;
  users: number;
  features: string[];
  referenceAt: Date | null;
}

/**
 * A running import's own connection: it holds the import's advisory lock from the moment its row
 * exists until its outcome is written, so another process can tell a live import from one whose
 * process is gone (the lock goes with the connection). `close` must be called once, at the end.
 */
export interface ImportSession {
  id: string;
  close(): Promise<void>;
}

/** A summary column's meaning (see the README): a count over the period, days since, or a share. */
export type MetricRole = 'COUNT' | 'RECENCY' | 'SHARE';

/** One user's kept features, for rendering the summary of the participant it is linked to. */
export interface LinkedUserFeatures {
  participantId: string;
  /** Days from the user's last event to the import's reference date (events imports only). */
  lastActiveDays: number | null;
  features: {
    feature: string;
    perWeek: number | null;
    recencyDays: number | null;
    share: number | null;
  }[];
}

const SELECT_IMPORT = `
  SELECT id, study_id AS "studyId", kind, file_name AS "fileName", status,
         bytes_read::float8 AS "bytesRead", rows_read::float8 AS "rowsRead",
         rows_skipped::float8 AS "rowsSkipped", events::float8 AS events, users, linked,
         reference_at AS "referenceAt", features, error, created_at AS "createdAt",
         finished_at AS "finishedAt"
    FROM analytics_import`;

/** statement_timeout inside an import's transaction (the app's pool default is for requests). */
const IMPORT_STATEMENT_TIMEOUT_MS = 30 * 60 * 1000;
/** Minimum share of an import's users an event must reach to become a feature. */
const MIN_FEATURE_SHARE = 0.05;
/** Gap that ends a session. */
const SESSION_GAP_MS = 30 * 60 * 1000;
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Epoch milliseconds of a Monday (1970-01-05): weeks run Monday to Sunday, UTC. */
const MONDAY_MS = 4 * 24 * 3600 * 1000;
/** The advisory lock of a running import (held by its connection), by its id. */
const IMPORT_LOCK = `hashtextextended('analytics-import:' || id::text, 0)`;

/** The connection of a session made by {@link AnalyticsImportRepository.begin}. */
const runnerOf = new WeakMap<ImportSession, QueryRunner>();

/**
 * The analytics tables: the only code that writes them. Raw events exist only in a temporary
 * table of the import's own transaction (`analytics_stage`, dropped at commit or rollback), so
 * neither a crash nor a failed import leaves raw rows behind.
 */
@Injectable()
export class AnalyticsImportRepository {
  constructor(
    @InjectRepository(AnalyticsImportEntity)
    private readonly imports: Repository<AnalyticsImportEntity>,
  ) {}

  /**
   * Inserts a RUNNING import and takes its advisory lock on a connection of its own, in one
   * statement: no other process ever sees the row without its lock held.
   */
  async begin(
    studyId: string,
    kind: string,
    fileName: string,
    mapping: unknown,
    createdBy: string,
  ): Promise<ImportSession> {
    const runner = this.imports.manager.connection.createQueryRunner();
    await runner.connect();
    try {
      const [row]: { id: string }[] = await runner.query(
        `WITH created AS (
           INSERT INTO analytics_import (study_id, kind, file_name, mapping, created_by)
           VALUES ($1, $2, $3, $4, $5) RETURNING id
         )
         SELECT id, pg_advisory_lock(${IMPORT_LOCK}) FROM created`,
        [studyId, kind, fileName, JSON.stringify(mapping), createdBy],
      );
      const session: ImportSession = {
        id: row.id,
        close: async () => {
          // A broken connection has lost the lock already; the outcome is written either way.
          await runner
            .query(`SELECT pg_advisory_unlock(${IMPORT_LOCK}) FROM (SELECT $1::uuid AS id) x`, [row.id])
            .catch(() => undefined);
          await runner.release();
        },
      };
      runnerOf.set(session, runner);
      return session;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }

  /**
   * Marks FAILED, with `error`, every RUNNING import whose lock nobody holds: its process stopped
   * (killed, crashed, restarted) before writing the outcome. Imports running in any live process,
   * this one or another replica, hold their lock and are left alone. Answers how many were marked.
   */
  async failAbandoned(error: string): Promise<number> {
    const [row]: { n: number }[] = await this.imports.query(
      `WITH running AS MATERIALIZED (SELECT id FROM analytics_import WHERE status = 'RUNNING'),
            abandoned AS MATERIALIZED (SELECT id FROM running WHERE pg_try_advisory_xact_lock(${IMPORT_LOCK})),
            failed AS (
              UPDATE analytics_import i SET status = 'FAILED', error = $1, finished_at = now()
                FROM abandoned a
               WHERE i.id = a.id AND i.status = 'RUNNING'
              RETURNING i.id)
       SELECT count(*)::int AS n FROM failed`,
      [error],
    );
    return row.n;
  }

  async progress(id: string, bytes: number, rows: number, skipped: number): Promise<void> {
    await this.imports.query(
      `UPDATE analytics_import SET bytes_read = $2, rows_read = $3, rows_skipped = $4
        WHERE id = $1 AND status = 'RUNNING'`,
      [id, bytes, rows, skipped],
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.imports.query(
      `UPDATE analytics_import SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
      [id, error],
    );
  }

  async succeed(id: string, r: AggregateResult & { linked: number }): Promise<void> {
    await this.imports.query(
      `UPDATE analytics_import
          SET status = 'SUCCEEDED', events = $2, users = $3, linked = $4, features = $5,
              reference_at = $6, finished_at = now()
        WHERE id = $1`,
      [id, r.events, r.users, r.linked, r.features, r.referenceAt],
    );
  }

  async byId(id: string): Promise<AnalyticsImportRow | null> {
    const rows: AnalyticsImportRow[] = await this.imports.query(`${SELECT_IMPORT} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Imports of many studies, newest first, in one query. */
  async ofStudies(studyIds: readonly string[]): Promise<AnalyticsImportRow[]> {
    return this.imports.query(
      `${SELECT_IMPORT} WHERE study_id = ANY($1::uuid[]) ORDER BY created_at DESC, id`,
      [studyIds],
    );
  }

  async studyOf(id: string): Promise<string | undefined> {
    const rows: { studyId: string }[] = await this.imports.query(
      'SELECT study_id AS "studyId" FROM analytics_import WHERE id = $1',
      [id],
    );
    return rows[0]?.studyId;
  }

  /**
   * Streams `copyText` (COPY text of `CopyRows`: user number, event number, epoch ms, and the hash
   * or the name on the line that introduces a number) into a temporary table and aggregates it
   * with SQL in the same transaction: per user, sessions (gaps of 30 min or more start one, by
   * window functions), active weeks, first and last event; per user and kept event (the
   * `maxFeatures` events most users did, each done by at least 5 % of users): count, active weeks,
   * frequency per week over the user's observed span (at least one week), days since its last use
   * at the reference date (the import's latest event) and share of the user's sessions.
   *
   * The 10M-row table is read twice: once for the dictionaries, once sorted by user and time for
   * everything else (one row per user and event comes out, far fewer than events).
   */
  async aggregateEvents(
    session: ImportSession,
    studyId: string,
    copyText: Readable,
    maxFeatures: number,
  ): Promise<AggregateResult> {
    return this.inTransaction(session, async (client) => {
      await client.query(`SET LOCAL work_mem = '256MB'`);
      // A 10M-event COPY and its aggregation outlast a request's statement_timeout; the import is bounded by its file.
      await client.query(`SET LOCAL statement_timeout = ${IMPORT_STATEMENT_TIMEOUT_MS}`);
      await client.query(
        `CREATE TEMP TABLE analytics_stage (user_no int NOT NULL, event_no int NOT NULL, at_ms bigint NOT NULL,
                                            user_hash text, event text COLLATE "C") ON COMMIT DROP`,
      );
      await pipeline(
        copyText,
        client.query(copyFrom('COPY analytics_stage (user_no, event_no, at_ms, user_hash, event) FROM STDIN')),
      );
      // The dictionaries; numbers sharing a hash (one id written two ways, or a dictionary that
      // started over) or a name fold into the first of them.
      await client.query(
        `CREATE TEMP TABLE analytics_stage_names ON COMMIT DROP AS
         SELECT user_no, user_hash, event_no, event FROM analytics_stage
          WHERE user_hash IS NOT NULL OR event IS NOT NULL`,
      );
      await client.query(
        `CREATE TEMP TABLE analytics_stage_users ON COMMIT DROP AS
         SELECT user_no, user_hash, min(user_no) OVER (PARTITION BY user_hash) AS canon
           FROM analytics_stage_names WHERE user_hash IS NOT NULL`,
      );
      await client.query(
        `CREATE TEMP TABLE analytics_stage_events ON COMMIT DROP AS
         SELECT event_no, event, min(event_no) OVER (PARTITION BY event) AS canon
           FROM analytics_stage_names WHERE event IS NOT NULL`,
      );
      const {
        rows: [{ fold }],
      } = await client.query<{ fold: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM analytics_stage_users WHERE user_no <> canon)
             OR EXISTS (SELECT 1 FROM analytics_stage_events WHERE event_no <> canon) AS fold`,
      );
      const events = fold
        ? `(SELECT u.canon AS user_no, e.canon AS event_no, s.at_ms
              FROM analytics_stage s
              JOIN analytics_stage_users u ON u.user_no = s.user_no
              JOIN analytics_stage_events e ON e.event_no = s.event_no)`
        : 'analytics_stage';
      // One sort by user and time numbers the sessions and flags each event that starts a session
      // or a week of the user; a second sort, within each user only, by event and time flags the
      // first event of each session and week of that event. Weeks and sessions only grow with
      // time, so comparing with the previous row is counting distinct values.
      await client.query(`
        CREATE TEMP TABLE analytics_stage_user_events ON COMMIT DROP AS
        WITH timed AS (
          SELECT user_no, event_no, at_ms, (at_ms - ${MONDAY_MS}) / ${WEEK_MS} AS week,
                 CASE WHEN at_ms - lag(at_ms) OVER byTime < ${SESSION_GAP_MS} THEN 0 ELSE 1 END AS starts_session,
                 CASE WHEN (at_ms - ${MONDAY_MS}) / ${WEEK_MS} = (lag(at_ms) OVER byTime - ${MONDAY_MS}) / ${WEEK_MS}
                      THEN 0 ELSE 1 END AS starts_week
            FROM ${events} s
          WINDOW byTime AS (PARTITION BY user_no ORDER BY at_ms)
        ), sessions AS (
          SELECT user_no, event_no, at_ms, week, starts_session, starts_week,
                 sum(starts_session) OVER (PARTITION BY user_no ORDER BY at_ms ROWS UNBOUNDED PRECEDING) AS session
            FROM timed
        ), flagged AS (
          SELECT user_no, event_no, at_ms, starts_session, starts_week,
                 CASE WHEN week = lag(week) OVER byEvent THEN 0 ELSE 1 END AS new_week,
                 CASE WHEN session = lag(session) OVER byEvent THEN 0 ELSE 1 END AS new_session
            FROM sessions
          WINDOW byEvent AS (PARTITION BY user_no, event_no ORDER BY at_ms)
        )
        SELECT user_no, event_no, count(*) AS n, sum(new_week)::int AS weeks, sum(new_session)::int AS sessions,
               min(at_ms) AS first_ms, max(at_ms) AS last_ms,
               sum(starts_session)::int AS user_sessions, sum(starts_week)::int AS user_weeks
          FROM flagged
         GROUP BY user_no, event_no`);
      await client.query('TRUNCATE analytics_stage');
      await client.query(
        `CREATE TEMP TABLE analytics_stage_user_totals ON COMMIT DROP AS
         SELECT user_no, sum(n) AS events, sum(user_sessions) AS sessions, sum(user_weeks) AS weeks,
                min(first_ms) AS first_ms, max(last_ms) AS last_ms
           FROM analytics_stage_user_events GROUP BY user_no`,
      );
      await client.query('ANALYZE analytics_stage_user_events, analytics_stage_user_totals, analytics_stage_users, analytics_stage_events');
      await client.query(
        `INSERT INTO analytics_user (import_id, study_id, user_hash, events, sessions, active_weeks, first_at, last_at)
         SELECT $1, $2, d.user_hash, t.events, t.sessions, t.weeks,
                to_timestamp(t.first_ms / 1000.0), to_timestamp(t.last_ms / 1000.0)
           FROM analytics_stage_user_totals t JOIN analytics_stage_users d USING (user_no)`,
        [session.id, studyId],
      );
      const {
        rows: [totals],
      } = await client.query<{ events: number; users: number; ref: string | null }>(
        `SELECT coalesce(sum(events), 0)::float8 AS events, count(*)::int AS users,
                max(last_at) AS ref
           FROM analytics_user WHERE import_id = $1`,
        [session.id],
      );
      const { rows: top } = await client.query<{ eventNo: number; event: string }>(
        `SELECT ue.event_no AS "eventNo", e.event FROM analytics_stage_user_events ue
           JOIN analytics_stage_events e USING (event_no)
          GROUP BY ue.event_no, e.event
         HAVING count(*) >= greatest(1, ceil($1::float8 * $2))
          ORDER BY count(*) DESC, e.event COLLATE "C" LIMIT $3`,
        [MIN_FEATURE_SHARE, totals.users, maxFeatures],
      );
      await client.query(
        `INSERT INTO analytics_user_feature
                (import_id, user_hash, feature, events, active_weeks, per_week, recency_days, session_share)
         SELECT $1, d.user_hash, 'event:' || e.event, ue.n, ue.weeks,
                ue.n / greatest(1.0, (t.last_ms - t.first_ms)::float8 / ${WEEK_MS}),
                (ref.ref_ms - ue.last_ms)::float8 / 86400000,
                ue.sessions::float8 / t.sessions
           FROM analytics_stage_user_events ue
           JOIN analytics_stage_user_totals t USING (user_no)
           JOIN analytics_stage_users d USING (user_no)
           JOIN analytics_stage_events e USING (event_no)
          CROSS JOIN (SELECT max(last_ms) AS ref_ms FROM analytics_stage_user_totals) ref
          WHERE ue.event_no = ANY($2::int[])`,
        [session.id, top.map((t) => t.eventNo)],
      );
      return {
        events: Number(totals.events),
        users: totals.users,
        features: top.map((t) => `event:${t.event}`),
        referenceAt: totals.ref ? new Date(totals.ref) : null,
      };
    });
  }

  /**
   * Streams `copyText` (user_hash, column name, value) of a per-user summary into a temporary
   * table and keeps one feature per column and user: a COUNT column's sum over the period as a
   * frequency per week, a RECENCY column as days, a SHARE column as a share (percentages over 1
   * divided by 100). A `sessions` column, when mapped, also fills the user's session count.
   */
  async aggregateSummary(
    session: ImportSession,
    studyId: string,
    copyText: Readable,
    metrics: { name: string; role: MetricRole }[],
    periodDays: number,
  ): Promise<AggregateResult> {
    const importId = session.id;
    return this.inTransaction(session, async (client) => {
      await client.query(`SET LOCAL statement_timeout = ${IMPORT_STATEMENT_TIMEOUT_MS}`);
      await client.query(
        'CREATE TEMP TABLE analytics_stage (user_hash text COLLATE "C" NOT NULL, metric text NOT NULL, value float8 NOT NULL) ON COMMIT DROP',
      );
      await pipeline(
        copyText,
        client.query(copyFrom('COPY analytics_stage (user_hash, metric, value) FROM STDIN')),
      );
      await client.query(
        `INSERT INTO analytics_user (import_id, study_id, user_hash, events, sessions, active_weeks)
         SELECT $1, $2, user_hash, 0,
                coalesce(sum(value) FILTER (WHERE lower(metric) = 'sessions'), 0)::int, 0
           FROM analytics_stage GROUP BY user_hash`,
        [importId, studyId],
      );
      await client.query(
        `INSERT INTO analytics_user_feature
                (import_id, user_hash, feature, events, active_weeks, per_week, recency_days, session_share)
         SELECT $1, s.user_hash, 'metric:' || s.metric, 0, 0,
                CASE WHEN m.role = 'COUNT' THEN sum(s.value) / ($4::float8 / 7) END,
                CASE WHEN m.role = 'RECENCY' THEN min(s.value) END,
                CASE WHEN m.role = 'SHARE' THEN least(1, avg(CASE WHEN s.value > 1 THEN s.value / 100 ELSE s.value END)) END
           FROM analytics_stage s
           JOIN unnest($2::text[], $3::text[]) AS m(metric, role) USING (metric)
          GROUP BY s.user_hash, s.metric, m.role`,
        [importId, metrics.map((m) => m.name), metrics.map((m) => m.role), periodDays],
      );
      const {
        rows: [totals],
      } = await client.query<{ rows: number; users: number }>(
        `SELECT (SELECT count(*) FROM analytics_stage)::float8 AS rows,
                (SELECT count(*) FROM analytics_user WHERE import_id = $1)::int AS users`,
        [importId],
      );
      return {
        events: Number(totals.rows),
        users: totals.users,
        features: metrics.map((m) => `metric:${m.name}`),
        referenceAt: null,
      };
    });
  }

  /** The hashed users of an import. */
  async userHashes(importId: string): Promise<string[]> {
    const rows: { h: string }[] = await this.imports.query(
      'SELECT user_hash AS h FROM analytics_user WHERE import_id = $1',
      [importId],
    );
    return rows.map((r) => r.h);
  }

  /** Links hashed users to participants in one statement; answers how many users are linked. */
  async link(importId: string, links: ReadonlyMap<string, string>): Promise<number> {
    if (links.size === 0) return 0;
    const [hashes, participants] = [[...links.keys()], [...links.values()]];
    await this.imports.query(
      `UPDATE analytics_user u SET participant_id = l.participant_id
         FROM unnest($2::text[], $3::uuid[]) AS l(user_hash, participant_id)
        WHERE u.import_id = $1 AND u.user_hash = l.user_hash`,
      [importId, hashes, participants],
    );
    const [row]: { n: number }[] = await this.imports.query(
      'SELECT count(*)::int AS n FROM analytics_user WHERE import_id = $1 AND participant_id IS NOT NULL',
      [importId],
    );
    return row.n;
  }

  /**
   * The kept features of every linked participant (of two users linked to one participant, the
   * one with more events), with features in the import's order.
   */
  async linkedFeatures(importId: string, features: readonly string[]): Promise<LinkedUserFeatures[]> {
    return this.imports.query(
      `SELECT DISTINCT ON (u.participant_id)
              u.participant_id AS "participantId",
              extract(epoch FROM (i.reference_at_now - u.last_at)) / 86400 AS "lastActiveDays",
              coalesce((SELECT json_agg(json_build_object(
                         'feature', f.feature, 'perWeek', f.per_week, 'recencyDays', f.recency_days,
                         'share', f.session_share) ORDER BY array_position($2::text[], f.feature))
                  FROM analytics_user_feature f
                 WHERE f.import_id = u.import_id AND f.user_hash = u.user_hash), '[]') AS features
         FROM analytics_user u
         CROSS JOIN (SELECT max(last_at) AS reference_at_now FROM analytics_user WHERE import_id = $1) i
        WHERE u.import_id = $1 AND u.participant_id IS NOT NULL
        ORDER BY u.participant_id, u.events DESC, u.user_hash`,
      [importId, features],
    );
  }

  /** Stores rendered summaries (one statement); they are never updated afterwards. */
  async insertSummaries(
    importId: string,
    studyId: string,
    rows: { participantId: string; text: string; features: unknown }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.imports.query(
      `INSERT INTO analytics_summary (import_id, study_id, participant_id, text, features)
       SELECT $1, $2, s.participant_id, s.text, s.features
         FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) AS s(participant_id, text, features)`,
      [
        importId,
        studyId,
        rows.map((r) => r.participantId),
        rows.map((r) => r.text),
        rows.map((r) => JSON.stringify(r.features)),
      ],
    );
  }

  /** Runs `fn` inside a transaction on the import's own connection (temporary tables live and die with it). */
  private async inTransaction<T>(session: ImportSession, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const runner = runnerOf.get(session);
    if (!runner) throw new Error('The import session is not open.');
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    try {
      await runner.startTransaction();
      const result = await fn(client);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
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

  async create(
    studyId: string,
    kind: string,
    fileName: string,
    mapping: unknown,
    createdBy: string,
  ): Promise<string> {
    const [row]: { id: string }[] = await this.imports.query(
      `INSERT INTO analytics_import (study_id, kind, file_name, mapping, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [studyId, kind, fileName, JSON.stringify(mapping), createdBy],
    );
    return row.id;
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
   * Streams `copyText` (COPY text format: user_hash, event, epoch ms) into a temporary table and
   * aggregates it with SQL in the same transaction: per user, sessions (gaps of 30 min or more
   * start one, by window functions), active weeks, first and last event; per user and kept event
   * (the `maxFeatures` events most users did, each done by at least 5 % of users): count, active
   * weeks, frequency per week over the user's observed span (at least one week), days since its
   * last use at the reference date (the import's latest event) and share of the user's sessions.
   */
  async aggregateEvents(
    importId: string,
    studyId: string,
    copyText: Readable,
    maxFeatures: number,
  ): Promise<AggregateResult> {
    return this.inTransaction(async (client) => {
      await client.query(`SET LOCAL work_mem = '256MB'`);
      // A 10M-event COPY and its aggregation outlast a request's statement_timeout; the import is bounded by its file.
      await client.query(`SET LOCAL statement_timeout = ${IMPORT_STATEMENT_TIMEOUT_MS}`);
      await client.query(
        // "C" collation: the window functions sort 10M rows by user; byte order is all they need.
        'CREATE TEMP TABLE analytics_stage (user_hash text COLLATE "C" NOT NULL, event text COLLATE "C" NOT NULL, at_ms bigint NOT NULL) ON COMMIT DROP',
      );
      await pipeline(
        copyText,
        client.query(copyFrom('COPY analytics_stage (user_hash, event, at_ms) FROM STDIN')),
      );
      // One row per user, event, session and week: far fewer than events, and enough for every figure.
      await client.query(`
        CREATE TEMP TABLE analytics_units ON COMMIT DROP AS
        WITH marked AS (
          SELECT user_hash, event, at_ms,
                 CASE WHEN at_ms - lag(at_ms) OVER w < ${SESSION_GAP_MS} THEN 0 ELSE 1 END AS starts
            FROM analytics_stage
          WINDOW w AS (PARTITION BY user_hash ORDER BY at_ms)
        ), numbered AS (
          SELECT user_hash, event, at_ms,
                 sum(starts) OVER (PARTITION BY user_hash ORDER BY at_ms ROWS UNBOUNDED PRECEDING) AS session
            FROM marked
        )
        SELECT user_hash, event, session::int AS session,
               ((at_ms - ${MONDAY_MS}) / ${WEEK_MS})::int AS week,
               count(*)::bigint AS n, min(at_ms) AS first_ms, max(at_ms) AS last_ms
          FROM numbered
         GROUP BY 1, 2, 3, 4`);
      await client.query('TRUNCATE analytics_stage');
      await client.query('ANALYZE analytics_units');
      await client.query(
        `INSERT INTO analytics_user (import_id, study_id, user_hash, events, sessions, active_weeks, first_at, last_at)
         SELECT $1, $2, user_hash, sum(n), max(session), count(DISTINCT week),
                to_timestamp(min(first_ms) / 1000.0), to_timestamp(max(last_ms) / 1000.0)
           FROM analytics_units GROUP BY user_hash`,
        [importId, studyId],
      );
      const {
        rows: [totals],
      } = await client.query<{ events: number; users: number; ref: string | null }>(
        `SELECT coalesce(sum(events), 0)::float8 AS events, count(*)::int AS users,
                max(last_at) AS ref
           FROM analytics_user WHERE import_id = $1`,
        [importId],
      );
      const { rows: top } = await client.query<{ event: string }>(
        `SELECT event FROM analytics_units GROUP BY event
          HAVING count(DISTINCT user_hash) >= greatest(1, ceil($1::float8 * $2))
          ORDER BY count(DISTINCT user_hash) DESC, event LIMIT $3`,
        [MIN_FEATURE_SHARE, totals.users, maxFeatures],
      );
      const features = top.map((t) => t.event);
      await client.query(
        `WITH ref AS (SELECT max(last_ms) AS ref_ms FROM analytics_units),
              u AS (SELECT user_hash, min(first_ms) AS first_ms, max(last_ms) AS last_ms,
                           max(session) AS sessions
                      FROM analytics_units GROUP BY user_hash),
              f AS (SELECT user_hash, event, sum(n) AS events, count(DISTINCT week) AS weeks,
                           count(DISTINCT session) AS sessions, max(last_ms) AS last_ms
                      FROM analytics_units WHERE event = ANY($2::text[]) GROUP BY 1, 2)
         INSERT INTO analytics_user_feature
                (import_id, user_hash, feature, events, active_weeks, per_week, recency_days, session_share)
         SELECT $1, f.user_hash, 'event:' || f.event, f.events, f.weeks,
                f.events / greatest(1.0, (u.last_ms - u.first_ms)::float8 / ${WEEK_MS}),
                (ref.ref_ms - f.last_ms)::float8 / 86400000,
                f.sessions::float8 / u.sessions
           FROM f JOIN u USING (user_hash) CROSS JOIN ref`,
        [importId, features],
      );
      return {
        events: Number(totals.events),
        users: totals.users,
        features: features.map((e) => `event:${e}`),
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
    importId: string,
    studyId: string,
    copyText: Readable,
    metrics: { name: string; role: MetricRole }[],
    periodDays: number,
  ): Promise<AggregateResult> {
    return this.inTransaction(async (client) => {
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

  /** Runs `fn` on one connection inside a transaction (temporary tables live and die with it). */
  private async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const runner = this.imports.manager.connection.createQueryRunner();
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    try {
      await runner.startTransaction();
      const result = await fn(client);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

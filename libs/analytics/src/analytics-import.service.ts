import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { StringDecoder } from 'node:string_decoder';
import { Transform, pipeline, type Readable } from 'node:stream';
import { Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { ParticipantKeyService, StudyAccessService } from '@persona-lab/studies';
import { CopyRows } from './csv/copy-rows';
import { MappingError, metricRole, type AnalyticsMapping } from './csv/mapping';
import {
  AnalyticsImportRepository,
  type AggregateResult,
  type AnalyticsImportRow,
  type ImportSession,
} from './data/analytics-import.repository';
import { behaviourPhrase, renderSummary } from './summary/render';

/** Events kept as features per import: the most users' events (see the README). */
export const MAX_FEATURES = 8;
/** How often the import row's progress is written while the upload streams. */
const PROGRESS_MS = 500;
const DEFAULT_PERIOD_DAYS = 28;
/** The error of an import whose process stopped before it finished (see `failAbandoned`). */
export const ABANDONED_IMPORT_ERROR =
  'The server stopped during this import; nothing of it was kept. Upload the file again.';

/** An upload's file name and mapping, as the controller read them from the request. */
export interface AnalyticsUpload {
  fileName: string;
  mapping: AnalyticsMapping;
}

/** A transform that counts the bytes going through and decodes UTF-8 safely across chunks. */
class ByteCounter extends Transform {
  bytes = 0;
  private readonly decoder = new StringDecoder('utf8');
  override _transform(chunk: Buffer | string, _e: BufferEncoding, done: (e?: Error | null, d?: string) => void) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.bytes += buf.length;
    done(null, this.decoder.write(buf));
  }
  override _flush(done: (e?: Error | null, d?: string) => void) {
    done(null, this.decoder.end());
  }
}

/** The phrase a feature key stands for: `event:dashboard_opened` → "Opens dashboards". */
export function featureLabel(key: string): string {
  const name = key.replace(/^(event|metric):/, '');
  if (/^sessions?$/i.test(name.trim())) return 'Starts a session';
  if (key.startsWith('event:')) return behaviourPhrase(name);
  // A summary column names its measure too: "days_since_last_login" is about logging in.
  const subject = name
    .replace(/^(days?[ _-]since[ _-](last[ _-])?|recency[ _-]|pct[ _-]|percent[ _-]|share[ _-])/i, '')
    .replace(/([ _-](share|ratio|percent|pct|rate|recency|days[ _-]ago|count|total))$/i, '');
  return behaviourPhrase(subject || name);
}

/**
 * Analytics imports: the upload streams through a CSV parser, the user id is hashed on the way,
 * COPY puts the rows in a temporary table and SQL aggregates them (never Node memory); users
 * seen elsewhere in the study are linked to their participant, and each linked participant's
 * behaviour is rendered as the summary text that synthesis quotes.
 */
@Injectable()
export class AnalyticsImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AnalyticsImport');

  constructor(
    private readonly imports: AnalyticsImportRepository,
    private readonly access: StudyAccessService,
    private readonly keys: ParticipantKeyService,
  ) {}

  /** A process that starts closes the imports left RUNNING by a process that stopped. */
  async onApplicationBootstrap(): Promise<void> {
    await this.failAbandoned();
  }

  /**
   * Marks FAILED the imports whose process is gone (killed or crashed mid-import: their raw rows
   * went with their transaction). Imports alive in any replica hold their advisory lock and stay.
   */
  async failAbandoned(): Promise<number> {
    const n = await this.imports.failAbandoned(ABANDONED_IMPORT_ERROR);
    if (n) this.logger.warn(`${n} analytics import(s) left running by a stopped process marked failed`);
    return n;
  }

  /** Checks the caller may add data to the study (before a byte of the upload is read). */
  async requireResearch(user: AuthUser, studyId: string): Promise<void> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
  }

  /** Reads the upload `body` to its end and answers the finished (or failed) import. */
  async importCsv(
    user: AuthUser,
    studyId: string,
    body: Readable,
    upload: AnalyticsUpload,
  ): Promise<AnalyticsImportRow> {
    await this.requireResearch(user, studyId);
    const mapping = checkMapping(upload.mapping);
    const fileName = upload.fileName.trim().slice(0, 200) || 'analytics.csv';
    await this.failAbandoned();
    const session = await this.imports.begin(studyId, mapping.kind, fileName, mapping, user.id);
    try {
      return await this.run(session, studyId, body, mapping);
    } finally {
      await session.close();
    }
  }

  /** The import itself, while its session holds the lock that says it is alive. */
  private async run(
    session: ImportSession,
    studyId: string,
    body: Readable,
    mapping: AnalyticsMapping,
  ): Promise<AnalyticsImportRow> {
    const id = session.id;
    const counter = new ByteCounter();
    const rows = new CopyRows(mapping, (raw) => this.keys.hash(studyId, raw));
    let upstreamError: Error | undefined;
    pipeline(body, counter, rows, (error) => {
      // A premature close is the COPY side giving up: its own error says why.
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        upstreamError = error;
    });
    let writing = Promise.resolve();
    const report = () =>
      (writing = writing
        .then(() => this.imports.progress(id, counter.bytes, rows.counts.rows, rows.counts.skipped))
        .catch(() => undefined));
    const timer = setInterval(report, PROGRESS_MS);
    let result: AggregateResult;
    try {
      result =
        mapping.kind === 'EVENTS'
          ? await this.imports.aggregateEvents(session, studyId, rows, MAX_FEATURES)
          : await this.imports.aggregateSummary(
              session,
              studyId,
              rows,
              (mapping.metricColumns ?? []).map((name) => ({ name, role: metricRole(name) })),
              mapping.periodDays ?? DEFAULT_PERIOD_DAYS,
            );
      clearInterval(timer);
      await report();
      if (rows.counts.rows - rows.counts.skipped === 0)
        throw new MappingError(
          mapping.kind === 'EVENTS'
            ? 'No row had a user id, an event name and a readable timestamp; check the column mapping.'
            : 'No row had a user id and a number in the chosen columns; check the column mapping.',
        );
    } catch (error) {
      clearInterval(timer);
      await writing;
      const cause = error instanceof MappingError ? error : (upstreamError ?? error);
      const sentence =
        cause instanceof MappingError
          ? cause.message
          : upstreamError
            ? 'The upload stopped before the end of the file, or the file is not a readable CSV. Try again.'
            : 'The import failed on our side. Try again; if it keeps failing, tell your administrator.';
      // The error's name and code only: a message could quote a row of the file.
      if (!(cause instanceof MappingError))
        this.logger.warn(`analytics import ${id} failed: ${(cause as Error)?.name} ${(cause as NodeJS.ErrnoException)?.code ?? ''}`);
      await this.imports.fail(id, sentence);
      if (cause instanceof MappingError) throw badInput(sentence, { field: 'mapping' });
      if (upstreamError) throw badInput(sentence, { field: 'file' });
      throw error;
    }
    try {
      const linked = await this.link(id, studyId, result.features);
      await this.imports.succeed(id, { ...result, linked });
    } catch (error) {
      this.logger.warn(`analytics import ${id} failed while linking: ${(error as Error)?.name} ${(error as NodeJS.ErrnoException)?.code ?? ''}`);
      await this.imports.fail(id, 'The import failed on our side. Try again; if it keeps failing, tell your administrator.');
      throw error;
    }
    return (await this.imports.byId(id))!;
  }

  /** Links the import's users that the study already knows, and stores their summaries. */
  private async link(importId: string, studyId: string, features: string[]): Promise<number> {
    const found = await this.keys.find(studyId, await this.imports.userHashes(importId));
    const linked = await this.imports.link(importId, found);
    const users = await this.imports.linkedFeatures(importId, features);
    await this.imports.insertSummaries(
      importId,
      studyId,
      users.map((u) => {
        const { text, features } = renderSummary(
          u.features.map((f) => ({
            key: f.feature,
            label: featureLabel(f.feature),
            ...(f.perWeek !== null && { perWeek: f.perWeek }),
            ...(f.recencyDays !== null && { recencyDays: f.recencyDays }),
            ...(f.share !== null && { share: f.share }),
          })),
          u.lastActiveDays ?? undefined,
        );
        return { participantId: u.participantId, text, features };
      }),
    );
    return linked;
  }
}

/** The mapping as sent, checked: a kind, a user column, a sane period. */
function checkMapping(m: AnalyticsMapping): AnalyticsMapping {
  if (m.kind !== 'EVENTS' && m.kind !== 'SUMMARY')
    throw badInput('The kind must be EVENTS or SUMMARY.', { field: 'kind' });
  if (!m.userColumn?.trim())
    throw badInput('Choose the column that holds the user id.', { field: 'userColumn' });
  if (m.kind === 'SUMMARY' && !m.metricColumns?.length)
    throw badInput('Choose the numeric columns to keep.', { field: 'metricColumns' });
  if (m.periodDays != null && !(Number.isInteger(m.periodDays) && m.periodDays >= 1 && m.periodDays <= 3660))
    throw badInput('The period must be a whole number of days from 1 to 3660.', { field: 'periodDays' });
  return m;
}

import { Transform, type TransformCallback } from 'node:stream';
import { parseEventTime } from './event-time';
import { MappingError, resolveMapping, type AnalyticsMapping, type ResolvedMapping } from './mapping';

/** What the rows of an upload gave so far. */
export interface CopyCounts {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Rows left out: no user id, no event name, no readable time or no number. */
  skipped: number;
}

/** Longest event name kept; longer names are cut (an event name is a label, not a text). */
const MAX_EVENT = 200;
/** Raw id → hash memo, cleared when it grows past this (exports repeat a user's id on many rows). */
const MEMO_LIMIT = 200_000;
/** Output is pushed in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/** A cell for PostgreSQL's COPY text format (tab-separated; NUL cannot be stored and is dropped). */
export function copyCell(value: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what must go
  return value.replace(/[\\\t\n\r\u0000]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '',
  );
}

/**
 * Parsed CSV rows (arrays of cells, the header first) in, COPY text out: for an events export
 * `user_hash, event, epoch ms`; for a per-user summary `user_hash, column, value` per numeric cell.
 * The user id is hashed here (`hash`), so the raw id never reaches the database; properties and
 * unmapped columns are not passed on. Streams: memory holds one chunk, never the file.
 */
export class CopyRows extends Transform {
  readonly counts: CopyCounts = { rows: 0, skipped: 0 };
  private resolved: ResolvedMapping | null = null;
  private out = '';
  private readonly memo = new Map<string, string>();

  constructor(
    private readonly mapping: AnalyticsMapping,
    private readonly hash: (raw: string) => string,
  ) {
    super({ writableObjectMode: true, readableObjectMode: false });
  }

  override _transform(row: string[], _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.resolved) {
      if (row.length === 1 && row[0].trim() === '') return done();
      const header = row.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
      try {
        this.resolved = resolveMapping(header, this.mapping);
      } catch (error) {
        return done(error as MappingError);
      }
      return done();
    }
    if (row.length === 1 && row[0].trim() === '') return done();
    this.counts.rows++;
    const m = this.resolved;
    const rawUser = row[m.user]?.trim();
    if (!rawUser) {
      this.counts.skipped++;
      return done();
    }
    let user = this.memo.get(rawUser);
    if (user === undefined) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      user = this.hash(rawUser);
      this.memo.set(rawUser, user);
    }
    if (m.kind === 'EVENTS') {
      const event = (row[m.event] ?? '').trim().slice(0, MAX_EVENT);
      const at = parseEventTime(row[m.time] ?? '');
      if (!event || at === null) this.counts.skipped++;
      else this.out += `${user}\t${copyCell(event)}\t${at}\n`;
    } else {
      let any = false;
      for (const metric of m.metrics) {
        const cell = row[metric.index]?.trim();
        const x = cell ? Number(cell.replace(/%$/, '')) : NaN;
        if (!Number.isFinite(x)) continue;
        any = true;
        this.out += `${user}\t${copyCell(metric.name)}\t${x}\n`;
      }
      if (!any) this.counts.skipped++;
    }
    if (this.out.length >= CHUNK) {
      const chunk = this.out;
      this.out = '';
      this.push(chunk);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (!this.resolved) return done(new MappingError('The file is empty: it has no header row.'));
    if (this.out) this.push(this.out);
    this.out = '';
    this.memo.clear();
    done();
  }
}

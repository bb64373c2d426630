import { Transform, type TransformCallback } from 'node:stream';
import { eventTimeText } from './event-time';
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
/**
 * Entries of the raw user id → number and event name → number dictionaries before they start over
 * (a bound on memory for files of millions of users; see {@link CopyRows}).
 */
export const DICTIONARY_LIMITS = { users: 500_000, events: 50_000 };
/** Output is pushed in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/** A cell for PostgreSQL's COPY text format (tab-separated; NUL cannot be stored and is dropped). */
export function copyCell(value: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what must go
  return value.replace(/[\\\t\n\r\u0000]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '',
  );
}

/** Cells of one CSV record (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks). */
function cellsOf(record: string): string[] {
  if (!record.includes('"')) return record.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c === '"') {
        if (record[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

const quotesIn = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/**
 * CSV text in (comma-separated, UTF-8 already decoded, the header first), COPY text out. For an
 * events export, one line per event: `user_no, event_no, epoch ms, user_hash, event` — the user and
 * the event as small numbers of this upload's own dictionaries, and the hash (`hash`) and the name
 * only on the line that introduces the number (`\N` elsewhere), so each distinct user is hashed
 * once and the staging rows stay narrow. When a dictionary reaches its limit it starts over: a user
 * seen again gets a new number and its hash again, and SQL folds numbers sharing a hash (as it
 * does for one id written two ways, which hash alike). For a per-user summary: `user_hash, column,
 * value` per numeric cell. The raw user id never reaches the database; properties and unmapped
 * columns are not passed on. Records are split here, without a stream object per row (that was
 * most of the cost at 10M rows): a line with balanced quotes is a record, one with an open quote
 * continues on the next line. Memory holds one chunk and the two bounded dictionaries, never the file.
 */
export class CopyRows extends Transform {
  readonly counts: CopyCounts = { rows: 0, skipped: 0 };
  private resolved: ResolvedMapping | null = null;
  private out = '';
  private rest = '';
  /** A record whose quoted cell spans lines, so far, and its number of quotes. */
  private open = '';
  private openQuotes = 0;
  private readonly userNos = new Map<string, number>();
  private readonly eventNos = new Map<string, number>();
  private lastUserNo = 0;
  private lastEventNo = 0;

  constructor(
    private readonly mapping: AnalyticsMapping,
    private readonly hash: (raw: string) => string,
    private readonly limits = DICTIONARY_LIMITS,
  ) {
    super({ decodeStrings: false, readableObjectMode: false });
  }

  override _transform(chunk: string | Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    let start = 0;
    try {
      for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
        this.line(text.slice(start, nl));
        start = nl + 1;
      }
    } catch (error) {
      return done(error as Error);
    }
    this.rest = text.slice(start);
    if (this.out.length >= CHUNK) {
      const out = this.out;
      this.out = '';
      this.push(out);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.rest) this.line(this.rest);
      this.rest = '';
      if (this.open) this.record(this.open);
    } catch (error) {
      return done(error as Error);
    }
    if (!this.resolved) return done(new MappingError('The file is empty: it has no header row.'));
    if (this.out) this.push(this.out);
    this.out = '';
    this.userNos.clear();
    this.eventNos.clear();
    done();
  }

  private line(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.open) {
      this.open += `\n${line}`;
      this.openQuotes += quotesIn(line);
      if (this.openQuotes % 2 === 0) {
        const record = this.open;
        this.open = '';
        this.record(record);
      }
      return;
    }
    const q = line.includes('"') ? quotesIn(line) : 0;
    if (q % 2 === 1) {
      this.open = line;
      this.openQuotes = q;
      return;
    }
    this.record(line);
  }

  private record(record: string): void {
    if (record.trim() === '') return;
    this.row(cellsOf(record));
  }

  private row(row: string[]): void {
    if (!this.resolved) {
      const header = row.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
      this.resolved = resolveMapping(header, this.mapping);
      return;
    }
    this.counts.rows++;
    const m = this.resolved;
    const rawUser = row[m.user]?.trim();
    if (!rawUser) {
      this.counts.skipped++;
      return;
    }
    if (m.kind === 'EVENTS') {
      const event = (row[m.event] ?? '').trim().slice(0, MAX_EVENT);
      const at = eventTimeText(row[m.time] ?? '');
      if (!event || at === null) {
        this.counts.skipped++;
        return;
      }
      let userCell = '\\N';
      let user = this.userNos.get(rawUser);
      if (user === undefined) {
        if (this.userNos.size >= this.limits.users) this.userNos.clear();
        user = ++this.lastUserNo;
        this.userNos.set(detached(rawUser), user);
        userCell = copyCell(this.hash(rawUser));
      }
      let eventCell = '\\N';
      let eventNo = this.eventNos.get(event);
      if (eventNo === undefined) {
        if (this.eventNos.size >= this.limits.events) this.eventNos.clear();
        eventNo = ++this.lastEventNo;
        this.eventNos.set(detached(event), eventNo);
        eventCell = copyCell(event);
      }
      this.out += `${user}\t${eventNo}\t${at}\t${userCell}\t${eventCell}\n`;
      return;
    }
    const user = copyCell(this.hash(rawUser));
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
}

/**
 * A copy of a string that shares no memory with the input chunk it was cut from: a dictionary key
 * kept as a slice would keep its whole 64 KB chunk alive, and with users spread through a file,
 * nearly every chunk of it.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

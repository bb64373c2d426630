import { detectDayOrder, parseDate } from './dates';
import { htmlToText } from './html';
import { titleOf } from './titles';
import type { DayOrder, FeedbackKind, MessageRole, ParseCounts } from './types';

/** What a CSV column holds, as the researcher may change it in the preview. */
export type FeedbackField =
  | 'CONVERSATION_ID'
  | 'TEXT'
  | 'TITLE'
  | 'RATING'
  | 'DATE'
  | 'CUSTOMER'
  | 'AUTHOR_ROLE'
  | 'KIND'
  | 'IGNORE';

/** How to read a CSV: one field per column (by position) and the day order of its slashed dates. */
export interface CsvPlan {
  fields: FeedbackField[];
  dayOrder: DayOrder;
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Header names each field is proposed for (normalised: lower case, words). Zendesk, Intercom and Help Scout CSV exports included. */
const HEADERS: [FeedbackField, string[]][] = [
  ['CONVERSATION_ID', ['conversation id', 'ticket id', 'id', 'ticket', 'ticket number', 'conversation', 'thread id', 'chat id', 'review id', 'number', 'conversation number', 'case id', 'feedback id']],
  ['TEXT', ['text', 'body', 'message', 'comment', 'description', 'content', 'review', 'review text', 'review body', 'feedback', 'plain body', 'html body', 'comment body', 'message body', 'conversation body', 'thread body', 'response', 'answer', 'note']],
  ['TITLE', ['title', 'subject', 'review title', 'summary', 'headline', 'conversation subject']],
  ['RATING', ['rating', 'stars', 'star rating', 'score', 'review rating', 'satisfaction', 'satisfaction score', 'csat']],
  ['DATE', ['date', 'created at', 'created', 'timestamp', 'sent at', 'time', 'submitted at', 'review date', 'message created at', 'comment created at', 'date created', 'created time', 'when', 'datetime', 'date time', 'posted', 'posted at']],
  ['CUSTOMER', ['customer', 'customer id', 'customer email', 'email', 'requester', 'requester email', 'requester id', 'user id', 'user', 'user email', 'author', 'author email', 'author id', 'reviewer', 'reviewer name', 'contact', 'contact id', 'contact email', 'external id', 'customer external id', 'client', 'client id']],
  ['AUTHOR_ROLE', ['author role', 'role', 'author type', 'sender type', 'from', 'sender', 'commenter type', 'created by type', 'speaker', 'direction']],
  ['KIND', ['type', 'kind', 'source', 'channel', 'feedback type']],
];
const BY_HEADER = new Map(HEADERS.flatMap(([field, names]) => names.map((n) => [n, field] as const)));

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/**
 * Proposes a field for each column from its header (known names, as the vendors' CSV exports spell
 * them) and, for headers it does not know, from its values: dates, long texts, 1–5 ratings,
 * emails. Each field goes to one column at most (the first); the rest are IGNORE, which the
 * preview shows so the researcher can map them.
 */
export function proposeFields(headers: string[], sample: string[][], kind: FeedbackKind): FeedbackField[] {
  const taken = new Set<FeedbackField>();
  const fields: FeedbackField[] = headers.map((h) => {
    const field = BY_HEADER.get(norm(h));
    if (!field || taken.has(field)) return 'IGNORE';
    taken.add(field);
    return field;
  });
  const columnValues = (i: number) => sample.map((r) => (r[i] ?? '').trim()).filter(Boolean);
  for (let i = 0; i < headers.length; i++) {
    if (fields[i] !== 'IGNORE' || BY_HEADER.has(norm(headers[i]))) continue;
    const values = columnValues(i);
    if (!values.length) continue;
    const share = (test: (v: string) => boolean) => values.filter(test).length / values.length;
    const guess: FeedbackField | null =
      !taken.has('DATE') && share((v) => parseDate(v) instanceof Date && !/^\d{1,8}$/.test(v)) >= 0.8
        ? 'DATE'
        : !taken.has('CUSTOMER') && share((v) => EMAIL.test(v)) >= 0.8
          ? 'CUSTOMER'
          : !taken.has('TEXT') && values.reduce((n, v) => n + v.length, 0) / values.length >= 40
            ? 'TEXT'
            : kind === 'REVIEW' && !taken.has('RATING') && share((v) => /^[1-5](\.0)?$/.test(v)) === 1
              ? 'RATING'
              : null;
    if (guess) {
      fields[i] = guess;
      taken.add(guess);
    }
  }
  return fields;
}

/** Reads a role cell: customer-side words are CUSTOMER, company-side AGENT, notes null (left out). */
export function roleOf(cell: string): MessageRole | 'NOTE' | 'UNKNOWN' {
  const v = norm(cell);
  if (!v) return 'CUSTOMER';
  if (/^(customer|user|end user|enduser|requester|contact|lead|client|visitor|reviewer|author|inbound|incoming|buyer|member)$/.test(v)) return 'CUSTOMER';
  if (/^(agent|admin|administrator|staff|support|operator|team|assistant|bot|employee|rep|representative|outbound|outgoing|company|developer|developer response|reply|response)$/.test(v)) return 'AGENT';
  if (/^(note|internal|internal note|private|system|event)$/.test(v)) return 'NOTE';
  return 'UNKNOWN';
}

/** Reads a kind cell (ticket, chat, review, feedback…), or null to keep the import's kind. */
export function kindOf(cell: string): FeedbackKind | null {
  const v = norm(cell);
  if (/^(ticket|tickets|chat|support|conversation|email|e mail|phone|case|messenger)$/.test(v)) return 'SUPPORT';
  if (/^(review|reviews|app review|app store|play store|product review|rating)$/.test(v)) return 'REVIEW';
  if (/^(feedback|comment|suggestion|idea|nps|survey|free form|freeform)$/.test(v)) return 'FEEDBACK';
  return null;
}

/** One CSV row read with a plan: a message and what it says about its conversation. */
export interface CsvRowMessage {
  /** The conversation id cell; null when the file has none (every row is its own conversation). */
  conversationKey: string | null;
  kind: FeedbackKind;
  title: string | null;
  rating: number | null;
  date: Date | null;
  /** Raw customer identifier of a customer's row (never of an agent's); hashed before storage. */
  customer: string | null;
  role: MessageRole;
  text: string;
}

/** Plan for a file: proposed fields, then the researcher's changes by header; day order from the sample's dates. */
export function planFor(
  headers: string[],
  sample: string[][],
  kind: FeedbackKind,
  overrides: { header: string; field: FeedbackField }[] = [],
): CsvPlan & { dayOrderDecided: boolean; dayOrderConflicting: boolean } {
  const fields = proposeFields(headers, sample, kind);
  for (const o of overrides) {
    const i = headers.findIndex((h) => h.trim() === o.header.trim());
    if (i < 0) continue;
    if (o.field !== 'IGNORE') fields.forEach((f, j) => { if (f === o.field && j !== i) fields[j] = 'IGNORE'; });
    fields[i] = o.field;
  }
  const dateColumn = fields.indexOf('DATE');
  const detected = detectDayOrder(dateColumn >= 0 ? sample.map((r) => r[dateColumn] ?? '') : []);
  return {
    fields,
    dayOrder: detected.order,
    dayOrderDecided: detected.decided,
    dayOrderConflicting: detected.conflicting,
  };
}

/**
 * Reads data rows one at a time with a plan (streaming: no row is kept). Counts empty messages
 * (dropped), unreadable dates (kept null), notes (left out) and author roles it did not know
 * (read as AGENT so they never count as evidence).
 */
export class CsvRowReader {
  readonly counts: ParseCounts & { unknownRoles: Map<string, number> } = {
    emptyDropped: 0,
    datesUnparsed: 0,
    notesSkipped: 0,
    unknownRoles: new Map(),
  };
  private readonly at: Partial<Record<FeedbackField, number>> = {};

  constructor(
    private readonly plan: CsvPlan,
    private readonly kind: FeedbackKind,
  ) {
    plan.fields.forEach((f, i) => {
      if (f !== 'IGNORE' && this.at[f] === undefined) this.at[f] = i;
    });
  }

  /** True when the plan has a column for the message text (an import without one is refused). */
  get hasText(): boolean {
    return this.at.TEXT !== undefined;
  }

  private cell(row: string[], field: FeedbackField): string {
    const i = this.at[field];
    return i === undefined ? '' : (row[i] ?? '').trim();
  }

  /** The message of a row, or null when the row is blank, a note, or its text is empty. */
  read(row: string[]): CsvRowMessage | null {
    if (row.every((c) => !c.trim())) return null;
    const roleCell = this.cell(row, 'AUTHOR_ROLE');
    const readRole = roleOf(roleCell);
    if (readRole === 'NOTE') {
      this.counts.notesSkipped++;
      return null;
    }
    if (readRole === 'UNKNOWN') {
      const key = roleCell.slice(0, 40);
      this.counts.unknownRoles.set(key, (this.counts.unknownRoles.get(key) ?? 0) + 1);
    }
    const role: MessageRole = readRole === 'CUSTOMER' ? 'CUSTOMER' : 'AGENT';
    const dateCell = this.cell(row, 'DATE');
    let date = parseDate(dateCell, this.plan.dayOrder);
    if (date === undefined) {
      this.counts.datesUnparsed++;
      date = null;
    }
    const text = htmlToText(this.cell(row, 'TEXT'));
    if (!text) {
      this.counts.emptyDropped++;
      return null;
    }
    const kind = kindOf(this.cell(row, 'KIND')) ?? this.kind;
    const ratingCell = this.cell(row, 'RATING').replace(/[★*]/g, '');
    const rating = /^\d+(\.\d+)?$/.test(ratingCell) ? Math.round(Number(ratingCell)) : null;
    const title = htmlToText(this.cell(row, 'TITLE')) || null;
    const customer = role === 'CUSTOMER' ? this.cell(row, 'CUSTOMER') || null : null;
    return {
      conversationKey: this.cell(row, 'CONVERSATION_ID') || null,
      kind,
      title,
      rating: rating !== null && rating >= 0 && rating <= 10 ? rating : null,
      date,
      customer,
      role,
      text,
    };
  }
}

/** The title of a conversation read from CSV rows. */
export function csvTitle(first: CsvRowMessage): string {
  return titleOf({
    kind: first.kind,
    vendor: null,
    externalId: first.conversationKey,
    subject: first.title,
    rating: first.rating,
    date: first.date,
    text: first.text,
  });
}

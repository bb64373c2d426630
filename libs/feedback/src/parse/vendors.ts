import { parseDate } from './dates';
import { htmlToText } from './html';
import { titleOf } from './titles';
import { emptyCounts, type MessageRole, type ParseCounts, type ParsedConversation, type ParsedMessage } from './types';

/** The JSON shapes read: a vendor's conversation export. */
export type JsonFormat = 'ZENDESK_JSON' | 'INTERCOM_JSON' | 'HELPSCOUT_JSON';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Which vendor wrote a conversation object, from its keys; null when none does. */
export function formatOfConversation(o: Obj): JsonFormat | null {
  if ('conversation_parts' in o || o.type === 'conversation' || ('source' in o && 'contacts' in o)) return 'INTERCOM_JSON';
  if ((isObj(o._embedded) && 'threads' in o._embedded) || ('threads' in o && ('customer' in o || 'primaryCustomer' in o || 'mailboxId' in o))) return 'HELPSCOUT_JSON';
  if ('requester_id' in o || ('comments' in o && ('subject' in o || 'description' in o)) || o.url?.toString().includes('zendesk.com/api')) return 'ZENDESK_JSON';
  return null;
}

/**
 * The conversations of a parsed JSON export and its vendor: Zendesk (`{ tickets: [...] }`, one
 * ticket, or an array; comments embedded as `comments`, sideloaded `users` give roles), Intercom
 * (`{ type: 'conversation.list', conversations: [...] }`, one conversation or an array) and Help
 * Scout (`{ _embedded: { conversations: [...] } }`, one conversation or an array, threads in
 * `_embedded.threads`). Throws a sentence when the shape is none of these.
 */
export function conversationsOf(doc: unknown): { format: JsonFormat; items: Obj[]; users: Obj[] } {
  const users = isObj(doc) ? arr(doc.users).filter(isObj) : [];
  const lists: unknown[] = isObj(doc)
    ? [doc.tickets, doc.conversations, isObj(doc._embedded) ? doc._embedded.conversations : undefined, doc.data]
    : [];
  const items = (Array.isArray(doc) ? doc : (lists.find(Array.isArray) ?? (isObj(doc) ? [isObj(doc.ticket) ? doc.ticket : isObj(doc.conversation) ? doc.conversation : doc] : []))) as unknown[];
  const objs = items.filter(isObj);
  const first = objs.find((o) => formatOfConversation(o));
  const format = isObj(doc) && Array.isArray(doc.tickets) ? 'ZENDESK_JSON' : first ? formatOfConversation(first) : null;
  if (!format)
    throw new Error(
      'This JSON is not a Zendesk, Intercom or Help Scout conversation export (see the accepted shapes on the import page).',
    );
  return { format, items: objs, users };
}

/** One vendor conversation as a parsed conversation, or null when it has no message left. */
export function readConversation(
  format: JsonFormat,
  o: Obj,
  counts: ParseCounts = emptyCounts(),
  users: Obj[] = [],
): ParsedConversation | null {
  const c =
    format === 'ZENDESK_JSON' ? zendesk(o, counts, users) : format === 'INTERCOM_JSON' ? intercom(o, counts) : helpScout(o, counts);
  return c.messages.length ? c : null;
}

function date(v: unknown, counts: ParseCounts): Date | null {
  const d = typeof v === 'number' ? parseDate(v) : parseDate(str(v));
  if (d === undefined) {
    counts.datesUnparsed++;
    return null;
  }
  return d;
}

function push(messages: ParsedMessage[], counts: ParseCounts, role: MessageRole, body: unknown, sentAt: Date | null) {
  const text = htmlToText(str(body) ?? '');
  if (!text) counts.emptyDropped++;
  else messages.push({ role, text, sentAt });
}

/** Zendesk: the requester's comments are the customer's; private comments are internal notes. */
function zendesk(t: Obj, counts: ParseCounts, users: Obj[]): ParsedConversation {
  const requesterId = str(t.requester_id) ?? (isObj(t.requester) ? str(t.requester.id) : null);
  const roles = new Map(users.map((u) => [str(u.id), str(u.role)]));
  const messages: ParsedMessage[] = [];
  const comments = arr(t.comments).filter(isObj);
  if (!comments.length) push(messages, counts, 'CUSTOMER', t.description, date(t.created_at, counts));
  for (const cm of comments) {
    if (cm.public === false) {
      counts.notesSkipped++;
      continue;
    }
    const author = str(cm.author_id);
    const role = author !== null && author === requesterId ? 'CUSTOMER' : roles.get(author) === 'end-user' ? 'CUSTOMER' : 'AGENT';
    push(messages, counts, role, cm.plain_body ?? cm.body ?? cm.html_body, date(cm.created_at, counts));
  }
  const requester = isObj(t.requester) ? t.requester : null;
  const sideloaded = users.find((u) => str(u.id) === requesterId);
  const customerKey = str(requester?.email) ?? str(sideloaded?.email) ?? requesterId;
  const externalId = str(t.id);
  const subject = str(t.subject) ?? str(t.raw_subject);
  const createdAt = date(t.created_at, counts);
  const rating = isObj(t.satisfaction_rating) && t.satisfaction_rating.score === 'good' ? 5 : isObj(t.satisfaction_rating) && t.satisfaction_rating.score === 'bad' ? 1 : null;
  return {
    kind: 'SUPPORT',
    externalId,
    title: titleOf({ kind: 'SUPPORT', vendor: 'Zendesk', externalId, subject, rating: null, date: createdAt, text: '' }),
    rating,
    createdAt,
    customerKey,
    messages,
  };
}

const INTERCOM_CUSTOMER = new Set(['user', 'lead', 'contact']);

/** Intercom: the source message and comment parts; users, leads and contacts are customers; admins, bots and teams agents; notes and events (assignment, close…) are left out. */
function intercom(o: Obj, counts: ParseCounts): ParsedConversation {
  const messages: ParsedMessage[] = [];
  const source = isObj(o.source) ? o.source : isObj(o.conversation_message) ? o.conversation_message : null;
  const roleOf = (author: unknown): MessageRole =>
    isObj(author) && INTERCOM_CUSTOMER.has(String(author.type)) ? 'CUSTOMER' : 'AGENT';
  let customerKey: string | null = null;
  const noteCustomer = (author: unknown) => {
    if (!customerKey && isObj(author) && INTERCOM_CUSTOMER.has(String(author.type)))
      customerKey = str(author.email) || str(author.id);
  };
  const createdAt = date(o.created_at, counts);
  if (source) {
    noteCustomer(source.author);
    push(messages, counts, roleOf(source.author), source.body, createdAt);
  }
  const parts = isObj(o.conversation_parts) ? arr(o.conversation_parts.conversation_parts) : arr(o.conversation_parts);
  for (const p of parts.filter(isObj)) {
    const type = String(p.part_type ?? 'comment');
    if (!['comment', 'open', 'conversation_rating_changed', 'quick_reply'].includes(type) || (type !== 'comment' && !str(p.body))) {
      counts.notesSkipped++;
      continue;
    }
    noteCustomer(p.author);
    push(messages, counts, roleOf(p.author), p.body, date(p.created_at, counts));
  }
  if (!customerKey && isObj(o.contacts)) {
    const contact = arr(o.contacts.contacts).find(isObj);
    customerKey = str(contact?.external_id) || str(contact?.email) || str(contact?.id);
  }
  if (!customerKey) customerKey = isObj(o.user) ? str(o.user.email) || str(o.user.id) : null;
  const externalId = str(o.id);
  const subject = htmlToText(str(o.title) ?? (source ? (str(source.subject) ?? '') : '')) || null;
  const rating = isObj(o.conversation_rating) && typeof o.conversation_rating.rating === 'number' ? o.conversation_rating.rating : null;
  return {
    kind: 'SUPPORT',
    externalId,
    title: titleOf({ kind: 'SUPPORT', vendor: 'Intercom', externalId, subject, rating: null, date: createdAt, text: '' }),
    rating,
    createdAt,
    customerKey,
    messages,
  };
}

/** Help Scout: threads of type customer are the customer's, message (and chat/phone by a user) the agent's; notes, line items and other events are left out. Threads are put oldest first. */
function helpScout(o: Obj, counts: ParseCounts): ParsedConversation {
  const threads = (isObj(o._embedded) ? arr(o._embedded.threads) : arr(o.threads)).filter(isObj);
  const read = threads
    .map((t, i) => ({ t, i, at: date(t.createdAt ?? t.created_at, counts) }))
    .sort((a, b) => (a.at && b.at ? a.at.getTime() - b.at.getTime() : a.i - b.i));
  // The API lists threads newest first; ties and undated threads keep the file's order reversed back.
  if (read.every((r) => !r.at)) read.reverse();
  const messages: ParsedMessage[] = [];
  for (const { t, at } of read) {
    const type = String(t.type ?? '');
    const by = isObj(t.createdBy) ? String(t.createdBy.type ?? '') : '';
    let role: MessageRole | null = null;
    if (type === 'customer') role = 'CUSTOMER';
    else if (type === 'message' || type === 'reply') role = 'AGENT';
    else if (type === 'chat' || type === 'phone') role = by === 'customer' ? 'CUSTOMER' : 'AGENT';
    if (!role) {
      counts.notesSkipped++;
      continue;
    }
    push(messages, counts, role, t.body ?? t.text, at);
  }
  const customer = isObj(o.primaryCustomer) ? o.primaryCustomer : isObj(o.customer) ? o.customer : null;
  const customerKey = customer ? str(customer.email) || str(customer.id) : null;
  const externalId = str(o.number) ?? str(o.id);
  const createdAt = date(o.createdAt ?? o.created_at, counts);
  const subject = str(o.subject);
  return {
    kind: 'SUPPORT',
    externalId,
    title: titleOf({ kind: 'SUPPORT', vendor: 'Help Scout', externalId, subject, rating: null, date: createdAt, text: '' }),
    rating: null,
    createdAt,
    customerKey,
    messages,
  };
}

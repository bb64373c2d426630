/** What a feedback conversation is: a support ticket or chat, a review, or a piece of free-form feedback. */
export type FeedbackKind = 'SUPPORT' | 'REVIEW' | 'FEEDBACK';
/** Who wrote a message: the customer, or someone answering for the company (agent, admin, bot). */
export type MessageRole = 'CUSTOMER' | 'AGENT';
/** How slashed dates of a column are read: month first (US) or day first. */
export type DayOrder = 'MDY' | 'DMY';

/** One message as read from an export, before it is stored. */
export interface ParsedMessage {
  role: MessageRole;
  /** Plain text (HTML already turned into text), never empty. */
  text: string;
  sentAt: Date | null;
}

/** One conversation as read from an export. The customer identifier is raw here and hashed before storage. */
export interface ParsedConversation {
  kind: FeedbackKind;
  externalId: string | null;
  title: string;
  rating: number | null;
  createdAt: Date | null;
  /** The customer's identifier as the export gives it (email, user id…); hashed before it is stored. */
  customerKey: string | null;
  messages: ParsedMessage[];
}

/** What a parser counted while reading, for the preview and the import's result. */
export interface ParseCounts {
  /** Messages with no text after HTML removal and trimming: dropped. */
  emptyDropped: number;
  /** Date cells that were not empty but could not be read: kept as null. */
  datesUnparsed: number;
  /** Internal notes and system events (assignments, closes, line items): not messages, left out. */
  notesSkipped: number;
}

export const emptyCounts = (): ParseCounts => ({ emptyDropped: 0, datesUnparsed: 0, notesSkipped: 0 });

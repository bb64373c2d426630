import type { FeedbackKind } from './types';

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * A readable place for a conversation, shown with its evidence: "Zendesk ticket 4521 “Login fails”",
 * "Review ★2 “Crashes on launch”", "Feedback F-3001", "Feedback of 3 Mar 2025".
 */
export function titleOf(c: {
  kind: FeedbackKind;
  vendor: string | null;
  externalId: string | null;
  subject: string | null;
  rating: number | null;
  date: Date | null;
  text: string;
}): string {
  const subject = c.subject ? ` “${short(c.subject, 80)}”` : '';
  if (c.kind === 'REVIEW') {
    const stars = c.rating !== null ? ` ★${c.rating}` : '';
    return `Review${stars}${subject || ` “${short(c.text, 50)}”`}`;
  }
  if (c.kind === 'SUPPORT') {
    const place = c.vendor ? `${c.vendor} ${c.vendor === 'Zendesk' ? 'ticket' : 'conversation'}` : 'Ticket';
    return `${place}${c.externalId ? ` ${short(c.externalId, 40)}` : ''}${subject}`.trim();
  }
  if (c.externalId) return `Feedback ${short(c.externalId, 40)}${subject}`;
  if (c.date) return `Feedback of ${c.date.toISOString().slice(0, 10)}${subject}`;
  return `Feedback${subject || ` “${short(c.text, 50)}”`}`;
}

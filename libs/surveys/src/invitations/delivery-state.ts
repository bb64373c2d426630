import type { InvitationMailState } from '../data/invitation.repository';
import type { InvitationDelivery, InvitationDeliveryState } from './invitation-mail.model';

/** What the mail lib knows of the invitation's newest mail. */
export interface LastMail {
  status: 'QUEUED' | 'SENT' | 'FAILED';
  lastError: string | null;
  sentAt: Date | null;
}

const DAY_MS = 86_400_000;
const MAX_ERROR = 160;

/**
 * Where a mailed invitation stands. What the respondent did outranks what the mail server did:
 * an opened link proves the mail arrived, even if a later reminder bounced.
 */
export function deliveryState(
  s: InvitationMailState,
  mail: LastMail | undefined,
): InvitationDeliveryState {
  if (s.unsubscribed_at) return 'UNSUBSCRIBED';
  if (s.status === 'COMPLETED') return 'COMPLETED';
  if (s.status === 'STARTED') return 'STARTED';
  if (s.opened_at) return 'OPENED';
  if (mail?.status === 'FAILED') return 'BOUNCED';
  if (mail?.status === 'SENT') return 'SENT';
  return 'QUEUED';
}

/** The delivery of a mailed invitation, or null for one never mailed (a link copied by hand). */
export function toDelivery(
  s: InvitationMailState,
  mail: LastMail | undefined,
): InvitationDelivery | null {
  if (!s.last_mail_id) return null;
  const state = deliveryState(s, mail);
  const remindable =
    (state === 'QUEUED' || state === 'SENT' || state === 'OPENED' || state === 'STARTED') &&
    s.reminder_after_days !== null &&
    s.reminders_sent < s.max_reminders &&
    s.last_mailed_at !== null;
  const error = mail?.lastError?.replace(/\s+/g, ' ').trim() || null;
  return {
    state,
    sentAt: mail?.sentAt ?? null,
    openedAt: s.opened_at,
    reminders: s.reminders_sent,
    maxReminders: s.max_reminders,
    reminderAfterDays: s.reminder_after_days,
    nextReminderAt: remindable
      ? new Date(new Date(s.last_mailed_at!).getTime() + s.reminder_after_days! * DAY_MS)
      : null,
    lastError: error && error.length > MAX_ERROR ? `${error.slice(0, MAX_ERROR - 1)}…` : error,
  };
}

import { describe, expect, it } from 'vitest';
import type { InvitationMailState } from '../data/invitation.repository';
import { deliveryState, toDelivery } from './delivery-state';

const base: InvitationMailState = {
  id: 'i',
  status: 'PENDING',
  last_mail_id: 'm',
  last_mailed_at: new Date('2026-01-01T10:00:00Z'),
  reminders_sent: 0,
  max_reminders: 2,
  reminder_after_days: 3,
  opened_at: null,
  unsubscribed_at: null,
};
const sent = { status: 'SENT' as const, lastError: null, sentAt: new Date('2026-01-01T10:00:05Z') };
const failed = {
  status: 'FAILED' as const,
  lastError: '550 5.1.1 mailbox\n unavailable',
  sentAt: null,
};

describe('deliveryState', () => {
  it('follows the mail until the respondent acts, then the respondent', () => {
    expect(deliveryState(base, undefined)).toBe('QUEUED');
    expect(deliveryState(base, { ...sent, status: 'QUEUED' })).toBe('QUEUED');
    expect(deliveryState(base, sent)).toBe('SENT');
    expect(deliveryState(base, failed)).toBe('BOUNCED');
    expect(deliveryState({ ...base, opened_at: new Date() }, failed)).toBe('OPENED');
    expect(deliveryState({ ...base, status: 'STARTED', opened_at: new Date() }, sent)).toBe(
      'STARTED',
    );
    expect(deliveryState({ ...base, status: 'COMPLETED' }, sent)).toBe('COMPLETED');
    expect(deliveryState({ ...base, status: 'COMPLETED', unsubscribed_at: new Date() }, sent)).toBe(
      'UNSUBSCRIBED',
    );
  });
});

describe('toDelivery', () => {
  it('is null for an invitation never mailed', () => {
    expect(toDelivery({ ...base, last_mail_id: null, last_mailed_at: null }, undefined)).toBeNull();
  });

  it('says when the next reminder is due while one may still go', () => {
    expect(toDelivery(base, sent)).toMatchObject({
      state: 'SENT',
      sentAt: sent.sentAt,
      reminders: 0,
      nextReminderAt: new Date('2026-01-04T10:00:00Z'),
      lastError: null,
    });
    expect(toDelivery({ ...base, reminders_sent: 2 }, sent)!.nextReminderAt).toBeNull();
    expect(toDelivery({ ...base, status: 'COMPLETED' }, sent)!.nextReminderAt).toBeNull();
    expect(
      toDelivery({ ...base, reminder_after_days: null, max_reminders: 0 }, sent)!.nextReminderAt,
    ).toBeNull();
  });

  it('gives a bounce its error on one short line', () => {
    const d = toDelivery(base, { ...failed, lastError: `550 ${'x'.repeat(400)}` })!;
    expect(d.state).toBe('BOUNCED');
    expect(d.nextReminderAt).toBeNull();
    expect(d.lastError).toHaveLength(160);
    expect(toDelivery(base, failed)!.lastError).toBe('550 5.1.1 mailbox unavailable');
  });
});

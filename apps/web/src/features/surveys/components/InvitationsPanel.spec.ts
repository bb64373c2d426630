// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import InvitationsPanel from './InvitationsPanel.vue';

const delivery = (state: string, extra: Record<string, unknown> = {}) => ({
  state,
  sentAt: '2026-12-01T10:00:00Z',
  openedAt: null,
  reminders: 0,
  maxReminders: 0,
  reminderAfterDays: null,
  nextReminderAt: null,
  lastError: null,
  ...extra,
});
const invitation = (
  id: string,
  email: string,
  status: string,
  d: Record<string, unknown> | null,
) => ({
  id,
  email,
  token: `tok-${id}`,
  status,
  delivery: d,
});
const LIST = [
  invitation(
    '1',
    'ana@example.org',
    'PENDING',
    delivery('SENT', {
      reminders: 1,
      maxReminders: 2,
      reminderAfterDays: 3,
      nextReminderAt: '2026-12-07T10:00:00Z',
    }),
  ),
  invitation(
    '2',
    'ben@example.org',
    'PENDING',
    delivery('BOUNCED', {
      sentAt: null,
      lastError: 'The mail server answered 550: mailbox unavailable',
    }),
  ),
  invitation('3', 'cy@example.org', 'COMPLETED', delivery('COMPLETED')),
  invitation('4', 'dee@example.org', 'PENDING', delivery('UNSUBSCRIBED')),
  invitation('5', 'eve@example.org', 'PENDING', null),
];

function setup(emailEnabled = true, handlers: Parameters<typeof fakeGraphql>[0] = {}) {
  return fakeGraphql({
    SurveyInvitations: () => ({ emailEnabled, invitations: LIST }),
    ...handlers,
  });
}
const mountPanel = (props: Record<string, unknown> = {}) =>
  mount(InvitationsPanel, {
    props: { surveyId: 's1', slug: 'commute', status: 'OPEN', ...props },
    attachTo: document.body,
  });
const rowOf = (wrapper: ReturnType<typeof mountPanel>, email: string) =>
  wrapper.findAll('tbody tr').find((r) => r.text().includes(email))!;

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('InvitationsPanel', () => {
  it('lists each invitation with its delivery state, reminders and bounce reason; Resend only where it can go', async () => {
    setup();
    const wrapper = mountPanel();
    await flushPromises();
    expect(rowOf(wrapper, 'ana@example.org').text()).toContain('Sent');
    expect(rowOf(wrapper, 'ana@example.org').text()).toContain('Reminders 1 of 2 · next');
    expect(rowOf(wrapper, 'ben@example.org').text()).toContain('Bounced');
    expect(rowOf(wrapper, 'ben@example.org').text()).toContain('550: mailbox unavailable');
    expect(rowOf(wrapper, 'eve@example.org').text()).toContain('Link not mailed');
    const resendable = wrapper
      .findAll('button')
      .filter((b) => b.text() === 'Resend')
      .map((b) => b.attributes('aria-label'));
    expect(resendable).toEqual([
      'Send the invitation to ana@example.org again',
      'Send the invitation to ben@example.org again',
      'Send the invitation to eve@example.org again',
    ]);
    expect(wrapper.find('[data-testid="email-off"]').exists()).toBe(false);
  });

  it('says email is off on this server and still offers every link to copy', async () => {
    setup(false);
    const wrapper = mountPanel();
    await flushPromises();
    expect(wrapper.get('[data-testid="email-off"]').text()).toBe(
      'Email is off on this server — copy the links instead.',
    );
    expect(wrapper.findAll('button').filter((b) => b.text() === 'Copy link')).toHaveLength(5);
  });

  it('sends a pasted list with reminder settings and shows the per-line report, adding the new invitations', async () => {
    const api = setup(true, {
      SendSurveyInvitations: () => ({
        sendSurveyInvitations: {
          emailEnabled: true,
          sent: [
            invitation('6', 'fay@example.org', 'PENDING', delivery('QUEUED', { sentAt: null })),
          ],
          rejected: [
            {
              line: 2,
              text: 'not-an-address',
              reason: 'INVALID_ADDRESS',
              message: 'Not an email address.',
            },
            {
              line: 3,
              text: 'ana@example.org',
              reason: 'ALREADY_INVITED',
              message:
                'Already invited to this survey. Use Resend on their invitation to mail them again.',
            },
          ],
        },
      }),
    });
    const wrapper = mountPanel();
    await flushPromises();
    await wrapper.get('textarea').setValue('fay@example.org\nnot-an-address\nana@example.org');
    await wrapper.get('[data-testid="remind"]').setValue(true);
    await wrapper.get('input[type="number"]').setValue('4');
    await wrapper.get('select').setValue('2');
    await wrapper.get('[data-testid="send-invitations"]').trigger('submit');
    await flushPromises();
    expect(api.calls('SendSurveyInvitations')).toEqual([
      {
        input: {
          surveyId: 's1',
          addresses: 'fay@example.org\nnot-an-address\nana@example.org',
          reminderAfterDays: 4,
          maxReminders: 2,
        },
      },
    ]);
    const report = wrapper.get('[data-testid="send-report"]');
    expect(report.get('[role="status"]').text()).toBe('Sent 1 invitation. 2 lines were left out:');
    const lines = report.findAll('tbody tr').map((r) => r.findAll('td').map((c) => c.text()));
    expect(lines).toEqual([
      ['2', 'not-an-address', 'Not an address — Not an email address.'],
      [
        '3',
        'ana@example.org',
        'Already invited — Already invited to this survey. Use Resend on their invitation to mail them again.',
      ],
    ]);
    expect(rowOf(wrapper, 'fay@example.org').text()).toContain('Queued');
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('');
  });

  it('reads a chosen CSV file into the list', async () => {
    const api = setup(true, {
      SendSurveyInvitations: () => ({
        sendSurveyInvitations: { emailEnabled: true, sent: [], rejected: [] },
      }),
    });
    const wrapper = mountPanel();
    await flushPromises();
    const file = new File(['name,email\nGil,gil@example.org\n'], 'people.csv', {
      type: 'text/csv',
    });
    const input = wrapper.get('[data-testid="invitations-file"]');
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await flushPromises();
    expect(wrapper.text()).toContain('Loaded people.csv (2 lines).');
    await wrapper.get('[data-testid="send-invitations"]').trigger('submit');
    await flushPromises();
    expect(api.calls('SendSurveyInvitations')[0].input.addresses).toBe(
      'name,email\nGil,gil@example.org\n',
    );
    expect(api.calls('SendSurveyInvitations')[0].input.maxReminders).toBe(0);
    expect(wrapper.get('[data-testid="send-report"]').text()).toContain('No invitation was sent.');
  });

  it('shows a refusal next to the list, and asks for addresses before sending', async () => {
    const api = setup(true, {
      SendSurveyInvitations: () => ({
        error: {
          message: 'The CSV file could not be read: a quoted cell is never closed (row 2).',
          code: 'BAD_USER_INPUT',
          field: 'addresses',
        },
      }),
    });
    const wrapper = mountPanel();
    await flushPromises();
    await wrapper.get('[data-testid="send-invitations"]').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Paste at least one email address, or choose a CSV file.',
    );
    expect(api.calls('SendSurveyInvitations')).toEqual([]);
    await wrapper.get('textarea').setValue('email\n"broken');
    await wrapper.get('[data-testid="send-invitations"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('could not be read');
    expect(wrapper.get('textarea').attributes('aria-invalid')).toBe('true');
  });

  it('resends one invitation and says so', async () => {
    const api = setup(true, {
      ResendInvitation: ({ id }) => ({
        resendInvitation: invitation(
          id,
          'ben@example.org',
          'PENDING',
          delivery('QUEUED', { sentAt: null }),
        ),
      }),
    });
    const wrapper = mountPanel();
    await flushPromises();
    await wrapper
      .get('[aria-label="Send the invitation to ben@example.org again"]')
      .trigger('click');
    await flushPromises();
    expect(api.calls('ResendInvitation')).toEqual([{ id: '2' }]);
    expect(rowOf(wrapper, 'ben@example.org').text()).toContain('Queued');
    expect(wrapper.get('p[role="status"].sr-only').text()).toBe(
      'Sent the invitation to ben@example.org again.',
    );
  });

  it('lets viewers see and copy, not send or resend', async () => {
    setup();
    const wrapper = mountPanel({ readOnly: true });
    await flushPromises();
    expect(wrapper.find('[data-testid="send-invitations"]').exists()).toBe(false);
    expect(wrapper.findAll('button').filter((b) => b.text() === 'Resend')).toEqual([]);
    expect(wrapper.findAll('tbody tr')).toHaveLength(5);
  });

  it('waits for publishing, or reopening, before sending or resending', async () => {
    setup();
    const draft = mountPanel({ status: 'DRAFT' });
    await flushPromises();
    expect(draft.text()).toContain('Publish the survey before sending invitations.');
    expect(
      draft.get('[data-testid="send-invitations"] button[type="submit"]').attributes('disabled'),
    ).toBeDefined();
    const closed = mountPanel({ status: 'CLOSED' });
    await flushPromises();
    expect(closed.text()).toContain('This survey is closed: reopen it before sending invitations.');
    expect(closed.findAll('button').filter((b) => b.text() === 'Resend')).toEqual([]);
  });
});

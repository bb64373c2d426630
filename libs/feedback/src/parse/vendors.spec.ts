import { describe, expect, it } from 'vitest';
import { conversationsOf, readConversation } from './vendors';
import { emptyCounts } from './types';

// Shapes as the vendors' APIs and exports write them (Zendesk tickets with comments and sideloaded
// users; Intercom conversations with source and conversation_parts; Help Scout conversations with
// embedded threads, newest first).
const zendeskExport = {
  tickets: [
    {
      url: 'https://acme.zendesk.com/api/v2/tickets/4521.json',
      id: 4521,
      subject: 'Login fails',
      description: 'I cannot log in since the update.',
      created_at: '2025-02-01T09:00:00Z',
      requester_id: 11,
      satisfaction_rating: { score: 'bad' },
      comments: [
        { id: 1, author_id: 11, public: true, body: 'I cannot log in since the update.', html_body: '<p>I cannot log in since the update.</p>', created_at: '2025-02-01T09:00:00Z' },
        { id: 2, author_id: 99, public: false, body: 'Looks like SSO again', created_at: '2025-02-01T09:05:00Z' },
        { id: 3, author_id: 99, public: true, body: 'Could you clear your cookies?', created_at: '2025-02-01T10:00:00Z' },
        { id: 4, author_id: 11, public: true, html_body: '<p>That worked,&nbsp;thanks!</p>', created_at: '2025-02-01T11:00:00Z' },
        { id: 5, author_id: 11, public: true, body: '   ', created_at: '2025-02-01T11:01:00Z' },
      ],
    },
  ],
  users: [
    { id: 11, email: 'Ana@Example.com', role: 'end-user' },
    { id: 99, email: 'agent@acme.com', role: 'agent' },
  ],
};

const intercomExport = {
  type: 'conversation.list',
  conversations: [
    {
      type: 'conversation',
      id: '1911149811',
      created_at: 1741083630,
      title: null,
      source: { type: 'conversation', subject: '', body: '<p>Hi, the export button does nothing</p>', author: { type: 'user', id: '5f1', email: 'bo@example.com' } },
      contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: '5f1', external_id: 'user-77' }] },
      conversation_parts: {
        type: 'conversation_part.list',
        total_count: 5,
        conversation_parts: [
          { part_type: 'comment', body: '<p>Hi! I am the bot. Have you tried reloading?</p>', created_at: 1741083640, author: { type: 'bot', id: 'b1' } },
          { part_type: 'assignment', body: null, created_at: 1741083650, author: { type: 'admin', id: 'a1' } },
          { part_type: 'note', body: '<p>known bug</p>', created_at: 1741083660, author: { type: 'admin', id: 'a1' } },
          { part_type: 'comment', body: '<p>We are fixing it this week.</p>', created_at: 1741083670, author: { type: 'admin', id: 'a1' } },
          { part_type: 'comment', body: '<p>Great, thanks</p>', created_at: 1741083680, author: { type: 'user', id: '5f1' } },
        ],
      },
      conversation_rating: { rating: 4, remark: 'ok' },
    },
  ],
};

const helpScoutExport = {
  _embedded: {
    conversations: [
      {
        id: 2391938111,
        number: 349,
        subject: 'Refund for annual plan',
        createdAt: '2025-03-01T12:00:00Z',
        primaryCustomer: { id: 1234, email: 'cy@example.com' },
        _embedded: {
          threads: [
            { id: 4, type: 'message', body: 'Refund issued.', createdAt: '2025-03-01T15:00:00Z', createdBy: { id: 9, type: 'user' } },
            { id: 3, type: 'note', body: 'approved by finance', createdAt: '2025-03-01T14:00:00Z', createdBy: { id: 9, type: 'user' } },
            { id: 2, type: 'lineitem', createdAt: '2025-03-01T13:00:00Z' },
            { id: 1, type: 'customer', body: '<div>Please refund my annual plan, I only needed a month.</div>', createdAt: '2025-03-01T12:00:00Z', createdBy: { id: 1234, type: 'customer' } },
          ],
        },
      },
    ],
  },
};

describe('vendor JSON exports', () => {
  it('reads a Zendesk ticket: requester comments are the customer’s, private comments dropped', () => {
    const { format, items, users } = conversationsOf(zendeskExport);
    expect(format).toBe('ZENDESK_JSON');
    const counts = emptyCounts();
    const c = readConversation(format, items[0], counts, users)!;
    expect(c.title).toBe('Zendesk ticket 4521 “Login fails”');
    expect(c.customerKey).toBe('Ana@Example.com');
    expect(c.rating).toBe(1);
    expect(c.messages.map((m) => [m.role, m.text])).toEqual([
      ['CUSTOMER', 'I cannot log in since the update.'],
      ['AGENT', 'Could you clear your cookies?'],
      ['CUSTOMER', 'That worked, thanks!'],
    ]);
    expect(counts).toEqual({ emptyDropped: 1, datesUnparsed: 0, notesSkipped: 1 });
  });

  it('reads an Intercom conversation: bot and admin parts are agent turns, notes and events left out', () => {
    const { format, items } = conversationsOf(intercomExport);
    expect(format).toBe('INTERCOM_JSON');
    const counts = emptyCounts();
    const c = readConversation(format, items[0], counts)!;
    expect(c.customerKey).toBe('bo@example.com');
    expect(c.createdAt?.toISOString()).toBe('2025-03-04T10:20:30.000Z');
    expect(c.rating).toBe(4);
    expect(c.messages.map((m) => [m.role, m.text])).toEqual([
      ['CUSTOMER', 'Hi, the export button does nothing'],
      ['AGENT', 'Hi! I am the bot. Have you tried reloading?'],
      ['AGENT', 'We are fixing it this week.'],
      ['CUSTOMER', 'Great, thanks'],
    ]);
    expect(counts.notesSkipped).toBe(2);
  });

  it('reads a Help Scout conversation oldest thread first, notes and line items left out', () => {
    const { format, items } = conversationsOf(helpScoutExport);
    expect(format).toBe('HELPSCOUT_JSON');
    const c = readConversation(format, items[0])!;
    expect(c.title).toBe('Help Scout conversation 349 “Refund for annual plan”');
    expect(c.customerKey).toBe('cy@example.com');
    expect(c.messages.map((m) => m.role)).toEqual(['CUSTOMER', 'AGENT']);
    expect(c.messages[0].text).toBe('Please refund my annual plan, I only needed a month.');
  });

  it('refuses JSON of another shape with a sentence', () => {
    expect(() => conversationsOf({ rows: [{ a: 1 }] })).toThrow(/not a Zendesk, Intercom or Help Scout/);
  });
});

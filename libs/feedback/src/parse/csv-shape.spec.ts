import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '@persona-lab/text';
import { CsvRowReader, csvTitle, planFor, proposeFields, roleOf } from './csv-shape';

describe('proposeFields', () => {
  it('maps the known headers of vendor CSV exports', () => {
    expect(
      proposeFields(['Ticket ID', 'Subject', 'Requester email', 'Created at', 'Comment body', 'Author type'], [], 'SUPPORT'),
    ).toEqual(['CONVERSATION_ID', 'TITLE', 'CUSTOMER', 'DATE', 'TEXT', 'AUTHOR_ROLE']);
    expect(proposeFields(['Stars', 'Review Title', 'Review', 'Date', 'Author'], [], 'REVIEW')).toEqual([
      'RATING',
      'TITLE',
      'TEXT',
      'DATE',
      'CUSTOMER',
    ]);
  });

  it('guesses unknown headers from their values and leaves the rest to the researcher', () => {
    const sample = [
      ['a@x.io', '2025-01-02T10:00:00Z', 'The export to PDF keeps failing when my report has tables', 'blue'],
      ['b@y.io', '2025-01-03T10:00:00Z', 'Love the new plots pane, much faster than the old one!', 'red'],
    ];
    expect(proposeFields(['col1', 'when', 'what they said', 'colour'], sample, 'FEEDBACK')).toEqual([
      'CUSTOMER',
      'DATE',
      'TEXT',
      'IGNORE',
    ]);
  });

  it('lets the researcher’s mapping win and keeps each field on one column', () => {
    const plan = planFor(['msg', 'notes'], [], 'FEEDBACK', [{ header: 'notes', field: 'TEXT' }]);
    expect(plan.fields).toEqual(['IGNORE', 'TEXT']);
  });
});

describe('CsvRowReader', () => {
  it('reads roles, dates, HTML, ratings and counts what it drops', () => {
    const headers = ['id', 'role', 'email', 'date', 'stars', 'body'];
    const rows = [
      ['1', 'end-user', 'Ana@Example.com', '25/12/2024', '', '<p>It <b>crashes</b></p>'],
      ['1', 'agent', 'support@vendor.io', '26/12/2024', '', 'Sorry about that'],
      ['1', 'internal note', '', '', '', 'escalate'],
      ['2', 'customer', 'bo@example.com', 'yesterday', '★4', '   '],
      ['3', 'robot', '', '1/2/2025', '', 'Hello from a robot'],
    ];
    const plan = planFor(headers, rows, 'SUPPORT');
    expect(plan.dayOrder).toBe('DMY');
    const reader = new CsvRowReader(plan, 'SUPPORT');
    const read = rows.map((r) => reader.read(r));
    expect(read[0]).toMatchObject({ conversationKey: '1', role: 'CUSTOMER', text: 'It crashes', customer: 'Ana@Example.com' });
    expect(read[0]?.date?.toISOString()).toBe('2024-12-25T00:00:00.000Z');
    expect(read[1]).toMatchObject({ role: 'AGENT', customer: null });
    expect(read[2]).toBeNull();
    expect(read[3]).toBeNull();
    expect(read[4]).toMatchObject({ role: 'AGENT' });
    expect(read[4]?.date?.toISOString()).toBe('2025-02-01T00:00:00.000Z');
    expect(reader.counts).toMatchObject({ emptyDropped: 1, datesUnparsed: 1, notesSkipped: 1 });
    expect([...reader.counts.unknownRoles]).toEqual([['robot', 1]]);
  });

  it('reads roles as vendors write them', () => {
    expect(roleOf('End-user')).toBe('CUSTOMER');
    expect(roleOf('Admin')).toBe('AGENT');
    expect(roleOf('bot')).toBe('AGENT');
    expect(roleOf('note')).toBe('NOTE');
  });

  it('reads the R users fixture: mixed kinds per row, ratings, titles, every date format', () => {
    const text = readFileSync(resolve(__dirname, '../../../../tests/fixtures/feedback/r-users-feedback.csv'), 'utf8');
    const [headers, ...rows] = readCsvRows(text);
    const plan = planFor(headers, rows, 'SUPPORT');
    expect(plan.fields).toEqual(['CONVERSATION_ID', 'KIND', 'AUTHOR_ROLE', 'CUSTOMER', 'DATE', 'RATING', 'TITLE', 'TEXT']);
    const reader = new CsvRowReader(plan, 'SUPPORT');
    const read = rows.map((r) => reader.read(r)).filter((r) => r !== null);
    expect(read).toHaveLength(rows.length - 1);
    expect(reader.counts).toMatchObject({ emptyDropped: 1, datesUnparsed: 0 });
    expect(new Set(read.map((r) => r.kind))).toEqual(new Set(['SUPPORT', 'REVIEW', 'FEEDBACK']));
    expect(read.filter((r) => r.role === 'AGENT').length).toBe(12);
    expect(read.every((r) => r.date instanceof Date)).toBe(true);
    const review = read.find((r) => r.conversationKey === 'R-2002')!;
    expect(csvTitle(review)).toBe('Review ★2 “Crashes on large projects”');
    expect(read.find((r) => r.conversationKey === 'F-3100')?.text).toBe(
      'The new package manager is great.\nBut please & thank you: add an offline mode.',
    );
  });
});

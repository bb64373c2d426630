import { describe, expect, it } from 'vitest';
import { applyEdit, columnsInput, shownColumn, type PreviewColumn } from './csvColumns';

const column = (header: string, over: Partial<PreviewColumn> = {}): PreviewColumn => ({
  index: 0,
  header,
  type: 'SHORT_TEXT',
  personaField: 'NONE',
  sensitive: false,
  skip: false,
  reason: '→',
  sampleValues: [],
  customerId: false,
  ...over,
});

describe('customer id column edits', () => {
  const proposed = column('customer_id', { skip: true, customerId: true });
  const email = column('Email Address', { index: 1, type: 'EMAIL' });

  it('keeps unmarking the proposed column, and drops a mark equal to the proposal', () => {
    const unmarked = applyEdit({}, proposed, 'customer_id', { customerId: false });
    expect(unmarked).toEqual({ 'customer_id': { customerId: false } });
    expect(applyEdit(unmarked, proposed, 'customer_id', { customerId: true })).toEqual({});
    expect(applyEdit({}, email, 'Email Address', { customerId: false })).toEqual({});
  });

  it('allows one chosen column: choosing another takes the choice back', () => {
    const first = applyEdit({}, email, 'Email Address', { customerId: true });
    const user = column('user', { index: 2 });
    const second = applyEdit(
      { ...first, 'Email Address': { customerId: true, sensitive: true } },
      user,
      'user',
      { customerId: true },
    );
    expect(second).toEqual({ 'Email Address': { sensitive: true }, user: { customerId: true } });
    expect(columnsInput(second, ['Email Address', 'user'])).toEqual([
      { header: 'Email Address', sensitive: true },
      { header: 'user', customerId: true },
    ]);
  });

  it('shows the researcher’s choice over the last preview', () => {
    expect(shownColumn(email, { customerId: true }).customerId).toBe(true);
    expect(shownColumn(proposed, { customerId: false }).customerId).toBe(false);
  });
});

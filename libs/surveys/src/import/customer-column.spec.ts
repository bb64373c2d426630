import { describe, expect, it } from 'vitest';
import { customerIdRank } from './header-rules';
import { CsvImportError, importSurveyCsv, previewSurveyCsv } from './index';

const CSV = [
  'Timestamp,customer_id,How often do you use R?,What gets in the way?',
  '2025-03-01 10:00,Pat.Lee@example.com,Daily,Slow exports',
  '2025-03-02 11:00,cust-4410,Weekly,Package installs fail',
  '2025-03-03 12:00,,Monthly,Nothing',
].join('\n');

describe('customer id column of a survey CSV', () => {
  it('recognises customer_id, customer, user_id and an email named as the id, best first', () => {
    for (const h of ['customer_id', 'Customer ID', 'CustomerId', 'customer', 'user_id', 'User ID', 'user', 'customer_email', 'email (as id)'])
      expect(customerIdRank(h), h).toBeGreaterThanOrEqual(0);
    for (const h of ['Email Address', 'Email', 'Customer satisfaction', 'How would you rate our customer support?', 'Response ID'])
      expect(customerIdRank(h), h).toBe(-1);
    expect(customerIdRank('customer_id')).toBeLessThan(customerIdRank('user_id'));
    expect(customerIdRank('customer')).toBeLessThan(customerIdRank('user'));
  });

  it('proposes the column as the customer id in the preview, never showing its values', async () => {
    const preview = await previewSurveyCsv(CSV);
    const [, customer, often] = preview.columns;
    expect(customer).toMatchObject({ header: 'customer_id', customerId: true, skip: true, sampleValues: [] });
    expect(customer.reason).toMatch(/customer's participant.*hash/);
    expect(often.customerId).toBe(false);
    expect(preview.warnings.join(' ')).toMatch(/Column 2 \("customer_id"\) is the customer id/);
    expect(JSON.stringify(preview)).not.toMatch(/Pat\.Lee|cust-4410/i);
  });

  it('imports it as no question: each response carries its raw id for the importer to hash, and only then', async () => {
    const result = await importSurveyCsv(CSV);
    expect(result.customerIdColumn).toBe('customer_id');
    expect(result.definition.questions.map((q) => q.title)).toEqual(['How often do you use R?', 'What gets in the way?']);
    expect(result.skippedColumns).not.toContain('customer_id');
    expect(result.responses.map((r) => r.customerId)).toEqual(['Pat.Lee@example.com', 'cust-4410', null]);
    expect(JSON.stringify(result.definition)).not.toMatch(/Pat\.Lee|cust-4410/i);
    for (const r of result.responses) expect(JSON.stringify(r.answers)).not.toMatch(/Pat\.Lee|cust-4410/i);
    const without = await importSurveyCsv('Score,Comment\n3,ok\n');
    expect(without.customerIdColumn).toBeNull();
    expect(without.responses[0]).not.toHaveProperty('customerId');
  });

  it('lets the researcher unmark the proposal or pick another column, such as an email address', async () => {
    const unmarked = await importSurveyCsv(CSV, [{ header: 'customer_id', customerId: false }]);
    expect(unmarked.customerIdColumn).toBeNull();
    expect(unmarked.definition.questions.map((q) => q.title)).toContain('customer_id');

    const emails = 'Email Address,user_id,Comment\nana@example.com,u-1,Fine\nbo@example.org,u-2,Slow\n';
    expect((await importSurveyCsv(emails)).customerIdColumn).toBe('user_id');
    const picked = await importSurveyCsv(emails, [{ header: 'Email Address', customerId: true }]);
    expect(picked.customerIdColumn).toBe('Email Address');
    expect(picked.responses.map((r) => r.customerId)).toEqual(['ana@example.com', 'bo@example.org']);
    // The proposal gave way to the pick: user_id is a question again.
    expect(picked.definition.questions.map((q) => q.title)).toEqual(['user_id', 'Comment']);
  });

  it('refuses two customer id columns with a sentence naming both', async () => {
    const both = importSurveyCsv(CSV, [
      { header: 'customer_id', customerId: true },
      { header: 'What gets in the way?', customerId: true },
    ]);
    await expect(both).rejects.toBeInstanceOf(CsvImportError);
    await expect(both).rejects.toThrow(/Column 2 \("customer_id"\) and Column 4 .* are both marked as the customer id; mark one\./);
  });

  it('keeps a column made a question by its type out of the proposal', async () => {
    const result = await importSurveyCsv(CSV, [{ header: 'customer_id', type: 'SHORT_TEXT' }]);
    expect(result.customerIdColumn).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from './links';

describe('toCsv (the invitations export)', () => {
  it('guards cells and headers that a spreadsheet would run as formulas, and quotes per RFC 4180', () => {
    const csv = toCsv([
      ['email', '=status', 'link'],
      ['+a@example.com', 'PENDING', '@SUM(1,2)'],
      ['b@example.com', '-1', 'say "hi"'],
    ]);
    expect(csv).toBe(
      'email,\'=status,link\r\n\'+a@example.com,PENDING,"\'@SUM(1,2)"\r\nb@example.com,\'-1,"say ""hi"""\r\n',
    );
  });
});

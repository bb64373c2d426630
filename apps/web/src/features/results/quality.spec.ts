import { describe, expect, it } from 'vitest';
import { describeFlagged } from './quality';

describe('describeFlagged', () => {
  it('says how many and why, in words', () => {
    expect(
      describeFlagged({
        flaggedCount: 142,
        reasons: [
          { reason: 'FAILED_ATTENTION_CHECK', count: 98 },
          { reason: 'SPEEDING', count: 31 },
          { reason: 'DUPLICATE_TEXT', count: 1 },
        ],
      }),
    ).toBe('142 responses flagged — 98 failed the attention check, 31 speeding, 1 duplicate text');
    expect(describeFlagged({ flaggedCount: 1, reasons: [{ reason: 'SPEEDING', count: 1 }] })).toBe(
      '1 response flagged — 1 speeding',
    );
  });
  it('says nothing when no response is flagged', () => {
    expect(describeFlagged({ flaggedCount: 0, reasons: [] })).toBeNull();
  });
});

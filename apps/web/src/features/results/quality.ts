import type { QualityReason } from '../../gql/graphql';

/** Why a response is flagged, as the page says it. */
export const QUALITY_REASON_LABELS: Record<QualityReason, string> = {
  FAILED_ATTENTION_CHECK: 'Failed the attention check',
  SPEEDING: 'Speeding',
  STRAIGHT_LINING: 'Straight-lining',
  LOW_EFFORT_TEXT: 'Low-effort text',
  DUPLICATE_TEXT: 'Duplicate text',
};

/** Short words for counts: "98 failed the attention check, 31 speeding". */
const COUNT_WORDS: Record<QualityReason, string> = {
  FAILED_ATTENTION_CHECK: 'failed the attention check',
  SPEEDING: 'speeding',
  STRAIGHT_LINING: 'straight-lining',
  LOW_EFFORT_TEXT: 'low-effort text',
  DUPLICATE_TEXT: 'duplicate text',
};

export const QUALITY_REASONS = Object.keys(QUALITY_REASON_LABELS) as QualityReason[];

/** "142 responses flagged — 98 failed the attention check, 31 speeding", or null when none are. */
export function describeFlagged(summary: {
  flaggedCount: number;
  reasons: { reason: QualityReason; count: number }[];
}): string | null {
  if (summary.flaggedCount === 0) return null;
  const n = summary.flaggedCount;
  const parts = summary.reasons.map((r) => `${r.count.toLocaleString('en')} ${COUNT_WORDS[r.reason]}`);
  return `${n.toLocaleString('en')} response${n === 1 ? '' : 's'} flagged — ${parts.join(', ')}`;
}

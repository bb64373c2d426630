/** Why a response is flagged; `QualityReason` in the contract. */
export const QUALITY_REASONS = [
  'SPEEDING',
  'STRAIGHT_LINING',
  'LOW_EFFORT_TEXT',
  'DUPLICATE_TEXT',
  'FAILED_ATTENTION_CHECK',
] as const;
export type QualityReason = (typeof QUALITY_REASONS)[number];

/** How each reason reads in a sentence ("98 failed the attention check"). */
export const QUALITY_REASON_WORDS: Record<QualityReason, string> = {
  SPEEDING: 'speeding',
  STRAIGHT_LINING: 'straight-lining',
  LOW_EFFORT_TEXT: 'low-effort text',
  DUPLICATE_TEXT: 'duplicate text',
  FAILED_ATTENTION_CHECK: 'failed the attention check',
};

/** One flag on one response: the reason and a sentence a researcher reads. */
export interface QualityFlag {
  reason: QualityReason;
  detail: string;
}

/** What the detectors read of one response. */
export interface QualityResponse {
  id: string;
  complete: boolean;
  answers: Record<string, unknown>;
  /**
   * Seconds from the first save to the submission, or null when unknown: imported responses
   * (exports carry no start time) and responses sent whole in one request (no first save).
   */
  durationSeconds: number | null;
}

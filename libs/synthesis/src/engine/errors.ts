/** Why a study cannot be segmented on needs. */
export type SynthesisInputProblem =
  'TOO_FEW_PARTICIPANTS' | 'ONLY_DEMOGRAPHICS' | 'ONLY_SENSITIVE' | 'NO_VARIATION';

/**
 * Thrown when the input cannot give needs-based personas; the message is a
 * sentence a researcher can act on (the job shows it as the run's error).
 * Demographic buckets are never offered instead.
 */
export class SynthesisInputError extends Error {
  constructor(
    readonly problem: SynthesisInputProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SynthesisInputError';
  }
}

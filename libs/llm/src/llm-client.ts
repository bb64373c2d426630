import { badInput } from '@persona-lab/errors';
/** What the domain needs from a language model: one JSON answer that fits a schema. */
export interface JsonRequest {
  /** Instructions; never contains respondent text. */
  system: string;
  /** Data for the model, with respondent text fenced as data. */
  user: string;
  schemaName: string;
  /** A JSON Schema (strict structured outputs). */
  schema: Record<string, unknown>;
  maxTokens?: number;
}

export interface JsonAnswer {
  value: unknown;
  tokensIn: number;
  tokensOut: number;
}

export interface LlmClient {
  readonly provider: 'openai';
  readonly model: string;
  completeJson(request: JsonRequest): Promise<JsonAnswer>;
}

/** A failure the researcher can act on (bad key, model missing, rate limit, bad answer). */
export class LlmError extends Error {
  constructor(message: string, readonly retryable = false) {
    super(message);
    this.name = 'LlmError';
  }
}

export const LLM_CLIENT = Symbol('LLM_CLIENT');
/** Most tokens one run may send to the model (config TOKEN_BUDGET). */
export const TOKEN_BUDGET = Symbol('TOKEN_BUDGET');

/** Rough token estimate for budgets before sending (about 4 characters a token). */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/**
 * Which words provider a run uses: the one requested, else `fallback` (by default the model when
 * one is configured, else offline).
 *
 * @throws BAD_USER_INPUT for a name other than offline/openai, or openai without a model
 */
export function chooseProvider(
  requested: string | null | undefined,
  llm: LlmClient | null,
  fallback: 'offline' | 'openai' = llm ? 'openai' : 'offline',
): 'offline' | 'openai' {
  const provider = requested ?? fallback;
  if (provider !== 'offline' && provider !== 'openai') throw badInput('provider must be "offline" or "openai".', { field: 'provider' });
  if (provider === 'openai' && !llm) {
    throw badInput('No model is configured (set OPENAI_API_KEY, and OPENAI_BASE_URL for a compatible server), or use the offline provider.', { field: 'provider' });
  }
  return provider;
}

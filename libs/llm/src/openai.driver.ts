import OpenAI from 'openai';
import { LlmError, type JsonAnswer, type JsonRequest, type LlmClient } from './llm-client';

export interface OpenAiDriverOptions {
  baseURL?: string;
  apiKey: string;
  model: string;
  timeoutMs?: number;
  maxRetries?: number;
}

/** Any OpenAI-compatible chat-completions server (OpenAI, vLLM, Ollama, llama.cpp) with structured outputs. */
export class OpenAiDriver implements LlmClient {
  readonly provider = 'openai' as const;
  readonly model: string;
  private readonly client: OpenAI;

  constructor(options: OpenAiDriverOptions) {
    this.model = options.model;
    this.client = new OpenAI({
      baseURL: options.baseURL,
      apiKey: options.apiKey,
      timeout: options.timeoutMs ?? 120_000,
      // The SDK retries 429 and 5xx with back-off (and honours retry-after).
      maxRetries: options.maxRetries ?? 3,
    });
  }

  async completeJson(request: JsonRequest): Promise<JsonAnswer> {
    let completion;
    try {
      completion = await this.client.chat.completions.create({
        model: this.model,
        temperature: 0,
        max_tokens: request.maxTokens ?? 2000,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
        response_format: { type: 'json_schema', json_schema: { name: request.schemaName, schema: request.schema, strict: true } },
      });
    } catch (error) {
      throw new LlmError(describeApiError(error), error instanceof OpenAI.APIConnectionError);
    }
    const content = completion.choices[0]?.message?.content ?? '';
    const usage = { tokensIn: completion.usage?.prompt_tokens ?? 0, tokensOut: completion.usage?.completion_tokens ?? 0 };
    try {
      return { value: JSON.parse(content), ...usage };
    } catch {
      throw Object.assign(new LlmError('The model answered with something that is not JSON.', true), usage);
    }
  }
}

function describeApiError(error: unknown): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'The model server did not answer in time.';
  if (error instanceof OpenAI.APIConnectionError) return 'The model server could not be reached. Check OPENAI_BASE_URL.';
  if (error instanceof OpenAI.AuthenticationError) return 'The model server refused the API key. Check OPENAI_API_KEY.';
  if (error instanceof OpenAI.NotFoundError) return 'The model server does not know this model. Check OPENAI_MODEL.';
  if (error instanceof OpenAI.RateLimitError) return 'The model server is rate-limiting us and kept refusing after retries. Try again later.';
  if (error instanceof OpenAI.APIError) return `The model server answered with an error (HTTP ${error.status ?? '?'}).`;
  return 'The model call failed.';
}

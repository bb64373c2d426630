import { type DynamicModule, Module } from '@nestjs/common';
import { LLM_CLIENT, TOKEN_BUDGET, type LlmClient } from './llm-client';
import { OpenAiDriver } from './openai.driver';

export interface LlmModuleOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  /** Most tokens one coding, theme or synthesis run may send to the model. */
  tokenBudget: number;
}

/**
 * The configured model client under LLM_CLIENT (null when no key is set: offline only) and
 * the token budget under TOKEN_BUDGET. The app calls forRoot once and hands the same module
 * to every module that uses a model, so there is one client per application.
 */
@Module({})
export class LlmModule {
  static forRoot(options: LlmModuleOptions): DynamicModule {
    const client: LlmClient | null = options.apiKey
      ? new OpenAiDriver({ apiKey: options.apiKey, baseURL: options.baseURL, model: options.model })
      : null;
    return {
      module: LlmModule,
      providers: [
        { provide: LLM_CLIENT, useValue: client },
        { provide: TOKEN_BUDGET, useValue: options.tokenBudget },
      ],
      exports: [LLM_CLIENT, TOKEN_BUDGET],
    };
  }
}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LLM_CLIENT, type LlmClient } from './llm-client';
import { OpenAiDriver } from './openai.driver';

export interface LlmModuleOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
}

/** Injects the configured model client under LLM_CLIENT, or null when no key is set (offline only). */
@Global()
@Module({})
export class LlmModule {
  static forRoot(options: LlmModuleOptions): DynamicModule {
    const client: LlmClient | null = options.apiKey
      ? new OpenAiDriver({ apiKey: options.apiKey, baseURL: options.baseURL, model: options.model })
      : null;
    return { module: LlmModule, providers: [{ provide: LLM_CLIENT, useValue: client }], exports: [LLM_CLIENT] };
  }
}

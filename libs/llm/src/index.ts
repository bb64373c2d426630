export { LLM_CLIENT, TOKEN_BUDGET, LlmError, chooseProvider, estimateTokens, type JsonAnswer, type JsonRequest, type LlmClient } from './llm-client';
export { OpenAiDriver, type OpenAiDriverOptions } from './openai.driver';
export { LlmModule, type LlmModuleOptions } from './llm.module';

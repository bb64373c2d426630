import type { PersonaField, QuestionType } from '@persona-lab/survey-logic';

/** What is known about one question: its wording, type, choices and a sample of answers. */
export interface QuestionEvidence {
  title: string;
  type: QuestionType;
  /** Choice labels, if it is a choice question. */
  options?: string[];
  /** A sample of answer cells (up to about 50); more are ignored. */
  answers?: string[];
}

/** What a question tells persona synthesis, and why (a sentence shown in the column preview). */
export interface QuestionUnderstanding {
  personaField: PersonaField;
  /** A special-category question (gender, ethnicity, religion, health...): never forms segments. */
  sensitive: boolean;
  /** e.g. "Asks what gets in the way → pain point". */
  reason: string;
}

/**
 * A language model that answers one JSON document fitting a schema. `LlmClient` of
 * `@persona-lab/llm` fits; the understanding module only needs this one method.
 */
export interface JsonModel {
  completeJson(request: {
    system: string;
    user: string;
    schemaName: string;
    schema: Record<string, unknown>;
    maxTokens?: number;
  }): Promise<{ value: unknown }>;
}

export type UnderstandOptions =
  | { provider?: 'offline' }
  | {
      provider: 'openai';
      /** The configured model client (`LLM_CLIENT`). */
      llm: JsonModel;
      /** Questions per model call (default 40). */
      batchSize?: number;
    };

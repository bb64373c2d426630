import type { EvidenceSpan, SegmentResult } from '../engine';

/** Name, tagline, summary and chosen quotes of one persona. */
export interface PersonaText {
  name: string;
  tagline: string;
  summary: string;
  /** A short backstory drawn from the traits (the offline words write one; a model may not). */
  backstory?: string | null;
  /** Quotes to show, chosen among the segment's evidence; the caller keeps them verbatim. */
  quotes: EvidenceSpan[];
}

export interface WordsResult {
  personas: PersonaText[];
  tokensIn: number;
  tokensOut: number;
}

/** Writes the words of personas from their traits. Offline and OpenAI drivers implement it. */
export interface PersonaWordsProvider {
  readonly name: 'offline' | 'openai';
  readonly model: string | null;
  /** Estimated tokens a call would send, checked against the run's budget before sending. */
  estimate(segments: SegmentResult[]): number;
  write(segments: SegmentResult[]): Promise<WordsResult>;
}

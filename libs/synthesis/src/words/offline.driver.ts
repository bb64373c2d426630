import { describeSegments, type SegmentResult } from '../engine';
import type { PersonaWordsProvider, WordsResult } from './words-provider';

/** Templates and a name list: deterministic, no network. */
export class OfflineWordsDriver implements PersonaWordsProvider {
  readonly name = 'offline' as const;
  readonly model = null;

  estimate(): number {
    return 0;
  }

  async write(segments: SegmentResult[]): Promise<WordsResult> {
    const words = describeSegments(segments);
    return { personas: words.map((w, i) => ({ ...w, quotes: segments[i].quotes })), tokensIn: 0, tokensOut: 0 };
  }
}

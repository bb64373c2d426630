/** A code of the codebook, as the offline coder sees it. */
export interface CodeProfile {
  id: string;
  name: string;
  description?: string | null;
  category: string;
  /** Texts of accepted highlights of this code (may be empty). */
  examples: string[];
}

/** A transcript segment or a survey answer. Offsets into `text` are UTF-16 code units. */
export interface TextUnit {
  id: string;
  text: string;
}

/** `text.slice(start, end)` of the unit is the suggested sentence or clause (end exclusive). */
export interface Suggestion {
  unitId: string;
  codeId: string;
  start: number;
  end: number;
  /** 0..1; 0.5 is the calibrated decision threshold. */
  confidence: number;
}

export interface SuggestOptions {
  /** Lowest confidence to suggest (default 0.5, the calibrated threshold). */
  minConfidence?: number;
  /** Most suggestions per unit (default 3). */
  maxPerUnit?: number;
  /** Called as sentences are embedded, with the fraction done (0..1). */
  onProgress?: (fraction: number) => void;
}

/** A half-open UTF-16 range [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Theme discovery (inductive coding): the pure engine's input and output.
 * The engine (`discover-themes.ts`) knows nothing of Nest or the database; the
 * theme run service (`theme-run.service.ts`) loads units, calls it on a worker
 * thread and turns each theme into a proposed code with suggestions.
 */

/** One piece of source text to discover themes in: an open-text answer or a participant's turn. */
export interface ThemeUnit {
  /** Stable id of the unit, e.g. `${responseId}:${questionId}` or a transcript segment id. */
  id: string;
  /** The unit's immutable source text; spans are offsets into it (UTF-16, end exclusive). */
  text: string;
}

/** A sentence of a unit that belongs to a theme, as a verbatim span. */
export interface ThemeMember {
  unitId: string;
  start: number;
  end: number;
  /** `text.slice(start, end)` of the unit. */
  quote: string;
  /** Cosine similarity of the sentence to its theme's centre, 0 to 1. */
  fit: number;
}

/** One discovered theme. */
export interface Theme {
  /** A short readable label (2–5 words), from keyphrases offline or from a model. */
  label: string;
  /** One line saying what the theme is about. */
  description: string;
  /** Keyphrases, strongest first (class-based TF-IDF offline). */
  keyphrases: string[];
  /** Member sentences, best fitting first. */
  members: ThemeMember[];
  /** Distinct units with at least one member sentence. */
  unitCount: number;
}

/** What `discoverThemes` returns. */
export interface ThemeResult {
  /** Largest first. */
  themes: Theme[];
  /** Sentences that joined no theme (noise). */
  unassigned: number;
  /** Sentences considered (after dropping empty and one-word ones). */
  sentenceCount: number;
  /**
   * A sentence for the researcher when the result is degenerate or partial: too few answers,
   * only one-word answers, text not in English, every answer the same. Null when all went well.
   */
  message: string | null;
}

/** Options of `discoverThemes`. */
export interface ThemeOptions {
  /** Called with overall progress from 0 to 1 (embedding is most of the work). */
  onProgress?: (fraction: number) => void;
  /** Most themes to return (default 12). */
  maxThemes?: number;
}

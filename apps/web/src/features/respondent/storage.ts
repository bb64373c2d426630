import type { Answers } from './types';

/** What a respondent's device keeps between visits, per survey link. */
export interface StoredResponse {
  clientResponseId: string;
  /** The survey version the answers were given for; the server keeps a partial response on it. */
  version: number;
  answers: Answers;
}

const keyOf = (slug: string) => `persona-lab.response.${slug}`;

/** A random id for one respondent's response; sending it again never makes a second response. */
export function newClientResponseId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Old browsers and non-secure contexts: a v4-shaped id from Math.random is good enough here.
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(Math.random() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

export function readStored(slug: string): StoredResponse | null {
  try {
    const raw = localStorage.getItem(keyOf(slug));
    const parsed = raw ? (JSON.parse(raw) as Partial<StoredResponse>) : null;
    if (!parsed || typeof parsed.clientResponseId !== 'string') return null;
    const answers =
      parsed.answers && typeof parsed.answers === 'object' && !Array.isArray(parsed.answers)
        ? parsed.answers
        : {};
    return {
      clientResponseId: parsed.clientResponseId,
      version: typeof parsed.version === 'number' ? parsed.version : 0,
      answers,
    };
  } catch {
    // Storage disabled or holding garbage: start afresh.
    return null;
  }
}

export function writeStored(slug: string, value: StoredResponse): void {
  try {
    localStorage.setItem(keyOf(slug), JSON.stringify(value));
  } catch {
    // Private mode or a full quota: answers then last for this tab only.
  }
}

export function clearStored(slug: string): void {
  try {
    localStorage.removeItem(keyOf(slug));
  } catch {
    // Nothing to clear.
  }
}

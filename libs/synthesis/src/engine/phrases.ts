/**
 * Plain phrases from survey wording, deterministically: a question becomes a
 * short noun or verb phrase ("How often do you use R today, …?" → "Use R
 * today"), so a trait never quotes a question.
 */

const PREFIX = /^[^:?]{1,40}#\s*\d+\s*:\s*/; // "Aspect #1:What aspects…" (per-slot headers)
const OTHER_PREFIX = /^other[^:?]{0,30}::?\s*/i; // "Other - Write In:How do you…"
const ASKS = /^(how|what|which|who|when|where|why|do|did|does|are|is|have|please)\b/i;
const PARENS = /\s*\([^)]*\)/g;
const LEADS: [RegExp, string][] = [
  [/^please (rate|tell us|indicate|describe|select|choose|list|enter|type|give)\s+/i, ''],
  [/^how long do you expect (that )?it will take (for you )?to /i, 'expected time to '],
  [/^on a scale of [^,]*,\s*/i, ''],
  [/^how often do you (currently )?/i, ''],
  [/^how (difficult|easy|hard) has it been for you to /i, '$1 to '],
  [/^how (difficult|easy|hard) do you expect (.+?) to be$/i, 'expects $2 to be $1'],
  [/^how (much|many) (\w+ )?do you (currently )?/i, ''],
  [/^how many (\w+) (have|had|did|do) you /i, '$1 '],
  [/^which (\w+( \w+)?) do you (currently )?/i, '$1 they '],
  [/^how much (do )?you /i, ''],
  [/^how likely are you to /i, ''],
  [/^how satisfied are you with /i, 'satisfaction with '],
  [/^how would you rate (your )?/i, ''],
  [/^how do you (currently )?/i, ''],
  [/^how did you /i, ''],
  [/^how long (have you been|did it take you to) /i, 'time '],
  [/^roughly how long (have you been|did it take you to) /i, 'time '],
  [/^(in )?what (\w+) do you (currently )?(reside|live|work|participate)\b.*$/i, '$2'],
  [/^what year (were|did) you (first )?/i, 'year '],
  [/^how (many|much) /i, 'number of '],
  [/^what (\w+) do you (currently )?/i, '$1 they '],
  [/^what (is|are|was|were) (your|the) /i, ''],
  [/^what (is|are|was|were) /i, ''],
  [/^which statement (most closely|best) (reflects|describes|matches) (the |your )?/i, ''],
  [/^which (of the following )?(statement )?/i, ''],
  [/^what /i, ''],
  [/^do you (currently )?/i, ''],
  [/^did you /i, ''],
  [/^are you /i, ''],
  [/^have you (ever )?/i, ''],
  [/^is there /i, ''],
  [/^i identify my /i, ''],
  [/^select all the /i, ''],
  [/^when you /i, 'when you '],
  [/^if you /i, 'if you '],
];

/** At most this many characters in a phrase (cut at a word boundary). */
export const MAX_PHRASE_CHARS = 48;

/** A short phrase for a question title, first letter upper-case, no question mark, never empty. */
export function questionPhrase(title: string): string {
  let s = title
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX, '')
    .replace(OTHER_PREFIX, '')
    .replace(/^on a scale (of|from) [^,]*,\s*/i, '')
    .replace(/,\s*if (any|anything|applicable|so)\s*,/i, '');
  // The question proper: up to its first "?" (drops "Choose the statement…" after it).
  const q = s.indexOf('?');
  if (q > 0) s = s.slice(0, q);
  s = s.replace(PARENS, '').trim();
  // One clause: the first that asks something ("Looking ahead, how do you…" → "how do you…"), else the first.
  const clauses = s.split(/\s*[,;:]\s+|\s+[-–—]\s+/);
  s = (clauses.find((c) => ASKS.test(c)) ?? clauses[0]).replace(/\s+on a scale (of|from) .*$/i, '');
  for (let pass = 0; pass < 2; pass++)
    for (const [re, to] of LEADS) {
      if (re.test(s)) {
        s = s.replace(re, to);
        break;
      }
    }
  s = s
    .replace(/\b(from|to|with|for|hinders|helps|makes|lets|stops|gives|keeps) you\b/gi, '$1 them')
    .replace(/\b(your|you)\b/gi, (w) => (w.toLowerCase() === 'your' ? 'their' : 'they'))
    .replace(/[\s.:]+$/, '')
    .replace(/\s+as$/i, '')
    .trim();
  if (s.length > MAX_PHRASE_CHARS) {
    const cut = s.lastIndexOf(' ', MAX_PHRASE_CHARS);
    s = s
      .slice(0, cut > 10 ? cut : MAX_PHRASE_CHARS)
      .replace(/\s+(a|an|the|of|to|for|in|on|and|or|with|that|by|as|at|is|are)$/i, '');
  }
  if (!s) s = title.replace(/\?.*$/, '').trim().slice(0, MAX_PHRASE_CHARS) || 'Answer';
  return upperFirst(s);
}

export function upperFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Lower-cases the first letter unless the word looks like a name or acronym ("R", "SQL", "I", "GitHub"). */
export function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0];
  if (first === 'I' || /^I['’]/.test(first) || /[A-Z0-9]/.test(first.slice(1))) return s;
  if (first.length === 1 && first !== 'A') return s;
  return s[0].toLowerCase() + s.slice(1);
}

/** True when a choice label reads on its own (a statement), not only with its question ("Daily", "Yes", "3"). */
export function selfExplanatory(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (
    /^(yes|no|never|always|daily|weekly|monthly|yearly|rarely|often|sometimes|usually|occasionally|frequently|none|other|n\/a|don['’]t know|every|each|once|twice|a few|about|more than|less than|at least|not)\b/i.test(
      label,
    )
  )
    return false;
  if (/\d/.test(label) && words.length <= 3) return false;
  return words.length >= 2;
}

/** Cuts a text to `max` characters at a word boundary, adding "…" when cut. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.]+$/, '')}…`;
}

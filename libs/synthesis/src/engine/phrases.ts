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

const FREQUENCY =
  /^(daily|weekly|monthly|yearly|hourly|every ?day|rarely|occasionally|sometimes|often|((more|less) than |between |about |at least )?(once|twice|several times|a few times|\d+ times) (an?|per) (day|week|month|year)( and (once|twice|several times|a few times) (an?|per) (day|week|month|year))?)$/i;

/** The simple past of a common verb ("use" → "Used"). */
function pastOf(verb: string): string {
  const v = verb.toLowerCase();
  const past: Record<string, string> = {
    run: 'ran',
    write: 'wrote',
    read: 'read',
    share: 'shared',
  };
  return upperFirst(past[v] ?? (v.endsWith('e') ? `${v}d` : `${v}ed`));
}

const IRREGULAR: Record<string, string> = {
  am: 'is',
  "'m": 'is',
  '’m': 'is',
  was: 'was',
  have: 'has',
  "'ve": 'has',
  '’ve': 'has',
  do: 'does',
  "don't": "doesn't",
  'don’t': 'doesn’t',
  go: 'goes',
};

/** A present-tense verb in the third person singular ("use" → "uses", "try" → "tries"). */
function thirdPersonVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (Object.hasOwn(IRREGULAR, v)) return IRREGULAR[v];
  if (/(ed|s|n't|n’t)$/.test(v) || /^(can|could|would|will|should|might|must|may)$/.test(v))
    return v;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  if (/(sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  return `${v}s`;
}

/** "me", "my", "myself" → "them", "their", "themselves" after the subject. */
function theirWords(s: string): string {
  return s
    .replace(/\bmyself\b/gi, 'themselves')
    .replace(/\bmy\b/gi, 'their')
    .replace(/\bme\b/gi, 'them')
    .replace(/\bI\b(?=\s+\w)/g, 'they');
}

/**
 * A first-person option as what a person does, without the subject ("I don't use Shiny." →
 * "Doesn't use Shiny", "I wanted to do statistical analyses" → "Wanted to do statistical
 * analyses"), or undefined when the label is not a first-person statement.
 */
export function asPredicate(label: string): string | undefined {
  const m = /^I(['’]m|['’]ve|\s+(\S+))\s*(.*)$/.exec(label.trim().replace(/[.!]+$/, ''));
  if (!m) return undefined;
  const verb = thirdPersonVerb(m[2] ?? m[1]);
  return upperFirst(`${verb} ${theirWords(m[3])}`.trim());
}

/**
 * A chosen option said as a plain claim about a person, using its question where the option
 * needs it: "Beginner" to "How would you rate your level of experience using R?" → "Beginner R
 * user"; "I expect it to increase" to "…how do you expect your use of R to change in 2020?" →
 * "Expects their use of R to increase in 2020"; "I wanted to do statistical analyses" to "…the
 * primary reason why you learned R?" → "Learned R because they wanted to do statistical
 * analyses"; "Python" to "Which tools do you use with your R applications?" → "Uses Python with
 * their R applications". Undefined when no rule fits (the caller shows "Question: option").
 */
export function choiceClaim(question: string, label: string): string | undefined {
  const q = questionPhrase(question);
  const l = label.trim().replace(/\s*--\s*/g, ' — ');
  const firstPerson = /^I\b/.test(l);
  let m = /^level of experience (?:using|with|in) (.+)$/i.exec(q);
  if (m && /^\S+$/.test(l)) return `${upperFirst(l.toLowerCase())} ${m[1]} user`;
  m = /^expect their use of (.+?) to change(.*)$/i.exec(q);
  const change = /^I expect (?:it|my use) to (.+?)\.?$/i.exec(l);
  if (m && change) return `Expects their use of ${m[1]} to ${change[1]}${m[2]}`;
  m = /reason (?:why|that) they (.+)$/i.exec(q);
  if (m && (firstPerson || /^it\b/i.test(l))) {
    const because = firstPerson ? theirWords(l.replace(/^I\b/, 'they')) : theirWords(lowerFirst(l));
    const past = because.replace(/^they am\b/, 'they are').replace(/^they was\b/, 'they were');
    return `${upperFirst(m[1])} because ${past.replace(/[.!]+$/, '')}`;
  }
  // "Never — I don't use Shiny." → "Doesn't use Shiny"; "I don't feel proficient yet." → "Doesn't feel proficient yet".
  const dash = l.split(/ — |,\s+(?=I\b)/);
  const said = asPredicate(dash[dash.length - 1]);
  if (said && !/^(is|has|does|was)$/i.test(said)) return said;
  // "Yes" / "Daily" to "Do you use tidyverse…?" / "How often do you use X?" → "Uses tidyverse…" / "Uses X daily".
  const verbQ =
    /^(use|run|work|visit|open|read|write|attend|share|learn|code|program)\b\s*(.*)$/i.exec(q);
  const did = /^did you\b/i.test(question.trim());
  if (verbQ && /^yes\b/i.test(l))
    return `${did ? pastOf(verbQ[1]) : upperFirst(thirdPersonVerb(verbQ[1]))} ${verbQ[2]}`.trim();
  if (verbQ && /^no\b/i.test(l))
    return `${did ? "Didn't" : "Doesn't"} ${verbQ[1].toLowerCase()} ${verbQ[2]}`.trim();
  if (verbQ && /^(as|in|on|with|from|through|via|by|at|inside|locally)\b/i.test(l))
    return `${upperFirst(thirdPersonVerb(verbQ[1]))} ${verbQ[2]} ${lowerFirst(l)}`.replace(
      /\s+/g,
      ' ',
    );
  m = /^words that (?:best )?describe (.+)$/i.exec(q);
  if (m && l.split(/\s+/).length <= 3) return `Calls ${m[1]} ${l.toLowerCase()}`;
  m = /^time (?:using|with) (.+)$/i.exec(q);
  if (m) return `Has used ${m[1]} for ${lowerFirst(l)}`;
  if (verbQ && FREQUENCY.test(l))
    return `${upperFirst(thirdPersonVerb(verbQ[1]))} ${verbQ[2].replace(/\s+today$/i, '')} ${l.toLowerCase()}`.replace(
      /\s+/g,
      ' ',
    );
  m =
    /^(?:tools|languages|packages|applications|tools and\/or languages|computer tools and\/or languages) (?:they|have they) (use|used|go to)\b\s*(.*)$/i.exec(
      q,
    );
  if (m && !selfExplanatory(l)) {
    const verb = m[1].toLowerCase() === 'used' ? 'Has used' : upperFirst(thirdPersonVerb(m[1]));
    return `${verb} ${l}${m[2] ? ` ${m[2]}` : ''}`;
  }
  return countClaim(question, l);
}

/** A count chosen from a list: "Under ten", "Tens", "1-5", "More than 100". */
const COUNT =
  /^((under|over|fewer than|more than|less than|about|around|up to|between|at least)\s.+|\d[\d,.\s–-]*\+?|(tens|dozens|hundreds|thousands|millions)( of)?)$/i;
/** "… do you …", "… is your …": the counted noun is the object, not the subject. */
const OBJECT_QUESTION =
  /\b(do|does|did|are|is|were|was|have|has|had|can|could|will|would|should)\s+(you|your|they|their|it|we|the)\b/i;

/**
 * "Under ten" to "How many people typically see and/or interact with the results of your work in
 * Jupyter Notebook? (Consider …)" → "Under ten people typically see and/or interact with the results
 * of their work in Jupyter Notebook". Only where the counted noun does the verb ("How many people
 * see…", not "How many hours per week do you…") and the option is a count.
 */
function countClaim(question: string, label: string): string | undefined {
  const asked = question.replace(/\s+/g, ' ').split('?')[0].replace(PARENS, '').trim();
  const m = /^how many (\w+) (.+)$/i.exec(asked);
  if (!m || OBJECT_QUESTION.test(m[2]) || !COUNT.test(label)) return undefined;
  const count = /^(tens|dozens|hundreds|thousands|millions)$/i.test(label) ? `${label} of` : label;
  const rest = m[2].replace(/\b(your|you)\b/gi, (w) =>
    w.toLowerCase() === 'your' ? 'their' : 'them',
  );
  const claim = upperFirst(`${lowerFirst(count)} ${m[1].toLowerCase()} ${rest}`);
  return claim.length <= 100 ? claim : undefined;
}

/**
 * A participant's behaviour in plain words: the stored, immutable summary text that is the
 * evidence of behaviour traits. Pure: figures in, text and each feature's span out.
 */

/** One behaviour feature of a participant, with the span of its sentence in the summary text. */
export interface BehaviourFeature {
  /** `event:<name>` for an event, `metric:<column>` for a summary column. */
  key: string;
  /** The behaviour as a phrase, e.g. "Opens dashboards". */
  label: string;
  perWeek?: number;
  recencyDays?: number;
  /** Share of the user's sessions with the event, 0 to 1. */
  share?: number;
  /** The feature's sentence is `text.slice(start, end)` of the summary. */
  start?: number;
  end?: number;
}

/** Base verbs an event name may hold, with irregular past forms. */
const IRREGULAR_PAST: Record<string, string> = { run: 'ran', send: 'sent', buy: 'bought', pay: 'paid', read: 'read', share: 'shared', write: 'wrote', find: 'found', get: 'got', make: 'made' };
const VERBS = [
  'open', 'view', 'create', 'export', 'share', 'click', 'start', 'complete', 'upload', 'download',
  'search', 'invite', 'add', 'delete', 'remove', 'edit', 'send', 'save', 'subscribe', 'comment',
  'run', 'play', 'watch', 'read', 'import', 'filter', 'sort', 'print', 'update', 'publish',
  'install', 'purchase', 'buy', 'pay', 'submit', 'visit', 'use', 'book', 'schedule', 'write',
  'find', 'copy', 'invite', 'connect', 'sync', 'generate', 'build', 'deploy', 'close', 'reply',
];
const PAST = new Map<string, string>();
for (const v of VERBS) PAST.set(IRREGULAR_PAST[v] ?? (v.endsWith('e') ? `${v}d` : v.endsWith('y') && !/[aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`), v);
const PHRASAL: Record<string, string> = {
  login: 'Logs in', logged_in: 'Logs in', log_in: 'Logs in', signed_in: 'Signs in', sign_in: 'Signs in',
  signup: 'Signs up', signed_up: 'Signs up', sign_up: 'Signs up', logout: 'Logs out', logged_out: 'Logs out',
};

const third = (v: string): string =>
  /(s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
const plural = (w: string): string =>
  /s$/.test(w) ? w : /(sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An event name's words: snake_case, kebab-case, camelCase, dots and spaces split, lower case. */
export function eventWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The behaviour an event names, as a phrase: "dashboard_opened", "Opened Dashboard" and
 * "open_dashboard" → "Opens dashboards"; "export" → "Exports"; "Signed Up" → "Signs up"; an
 * event with no known verb → `Has “page view” events`.
 */
export function behaviourPhrase(eventName: string): string {
  const words = eventWords(eventName);
  if (words.length === 0) return `Has “${eventName.trim()}” events`;
  const joined = words.join('_');
  if (PHRASAL[joined]) return PHRASAL[joined];
  const withObject = (verb: string, object: string[]): string =>
    object.length === 0
      ? upper(third(verb))
      : `${upper(third(verb))} ${[...object.slice(0, -1), plural(object[object.length - 1])].join(' ')}`;
  const last = words[words.length - 1];
  if (PAST.has(last)) return withObject(PAST.get(last)!, words.slice(0, -1));
  if (PAST.has(words[0])) return withObject(PAST.get(words[0])!, words.slice(1));
  if (VERBS.includes(words[0])) return withObject(words[0], words.slice(1));
  return `Has “${words.join(' ')}” events`;
}

/** "about 12 times a week", "about once a week", "about 3 times a month", "less than once a month". */
export function frequencyWords(perWeek: number): string {
  if (perWeek >= 1.5) return `about ${Math.round(perWeek)} times a week`;
  if (perWeek >= 0.75) return 'about once a week';
  const perMonth = (perWeek * 30) / 7;
  if (perMonth >= 1.5) return `about ${Math.round(perMonth)} times a month`;
  if (perMonth >= 0.75) return 'about once a month';
  return 'less than once a month';
}

/** "today", "yesterday", "3 days ago". */
export function recencyWords(days: number): string {
  const d = Math.max(0, Math.round(days));
  return d === 0 ? 'today' : d === 1 ? 'yesterday' : `${d} days ago`;
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** The sentence of one feature, e.g. "Opens dashboards about 12 times a week, in 40 % of sessions; last time 3 days ago." */
export function featureSentence(f: Omit<BehaviourFeature, 'start' | 'end'>): string {
  const parts: string[] = [];
  if (f.perWeek !== undefined) parts.push(`${f.label} ${frequencyWords(f.perWeek)}`);
  if (f.share !== undefined)
    parts.push(parts.length ? `in ${pct(f.share)} of sessions` : `${f.label} in ${pct(f.share)} of sessions`);
  let s = parts.join(', ');
  if (f.recencyDays !== undefined)
    s = s ? `${s}; last time ${recencyWords(f.recencyDays)}` : `${f.label}: last time ${recencyWords(f.recencyDays)}`;
  return `${s || f.label}.`;
}

/**
 * The summary of one participant: one sentence per feature (in the order given), then when they
 * were last active. Each feature gets the span of its own sentence.
 */
export function renderSummary(
  features: Omit<BehaviourFeature, 'start' | 'end'>[],
  lastActiveDays?: number,
): { text: string; features: BehaviourFeature[] } {
  let text = '';
  const out: BehaviourFeature[] = [];
  for (const f of features) {
    if (text) text += ' ';
    const sentence = featureSentence(f);
    out.push({ ...f, start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  if (lastActiveDays !== undefined) text += `${text ? ' ' : ''}Last active ${recencyWords(lastActiveDays)}.`;
  return { text, features: out };
}

/**
 * A deterministic, made-up customer study of "Chartwell", a self-serve analytics tool, with four
 * needs segments in it: analysts running the weekly reporting for leadership, data engineers
 * keeping the pipelines up, managers who want to answer their own questions, and data scientists
 * exploring data. Used for the demo seed and by tests that need realistic data with known segments.
 *
 * Questions carry no persona field: the builder infers it from the wording, as it does for a
 * researcher (every title below is one its rules read plainly; see demo-study.spec.ts).
 */
import { DEMO_INTERVIEWS, plainTranscript } from './demo-interviews';
import { OPEN_WORDS } from './demo-words';

export const DEMO_STUDY = {
  name: 'Chartwell customers 2026',
  description: 'Demo study: who uses Chartwell, what they are trying to do, and what gets in their way.',
  surveyTitle: 'Chartwell customer survey',
} as const;

/**
 * Respondents in the demo: 40 per segment. With 30 per segment the offline engine found the four
 * segments for only about three seeds in four (its seed follows the response ids, so each fresh
 * database differs) and merged two otherwise; with 40 it found four for every seed tried.
 */
export const DEMO_RESPONSES = 160;

const opts = (...labels: [string, string][]) => labels.map(([id, label]) => ({ id, label }));

export const DEMO_QUESTIONS = [
  { id: 'role', type: 'SINGLE_CHOICE', title: 'What best describes your role?', required: true,
    options: opts(['analyst', 'Data analyst'], ['engineer', 'Data engineer'], ['manager', 'Product or marketing manager'], ['scientist', 'Data scientist'], ['exec', 'Founder or executive']) },
  { id: 'size', type: 'SINGLE_CHOICE', title: 'How many people work at your company?', required: true,
    options: opts(['s1', '1–50'], ['s2', '51–200'], ['s3', '201–1,000'], ['s4', 'More than 1,000']) },
  { id: 'region', type: 'SINGLE_CHOICE', title: 'Where are you based?',
    options: opts(['eu', 'Europe'], ['na', 'North America'], ['apac', 'Asia-Pacific'], ['other', 'Elsewhere']) },
  { id: 'freq', type: 'SINGLE_CHOICE', title: 'How often do you use Chartwell?', required: true,
    options: opts(['hourly', 'Several times a day'], ['daily', 'About once a day'], ['weekly', 'A few times a week'], ['monthly', 'A few times a month']) },
  { id: 'features', type: 'MULTIPLE_CHOICE', title: 'Which Chartwell features do you use most?', required: true,
    options: opts(['dashboards', 'Dashboards'], ['reports', 'Scheduled reports'], ['excel', 'Export to Excel'], ['connectors', 'Data connectors'], ['alerts', 'Sync alerts'], ['sql', 'SQL editor'], ['search', 'Metric search'], ['notebooks', 'Notebooks'], ['api', 'Python API']) },
  { id: 'routine', type: 'LONG_TEXT', title: 'Walk us through how you use Chartwell in a typical week.' },
  { id: 'goal', type: 'LONG_TEXT', title: 'What are you trying to achieve with Chartwell?' },
  { id: 'pain', type: 'LONG_TEXT', title: 'What is your biggest frustration with Chartwell today?' },
  { id: 'blocker', type: 'SINGLE_CHOICE', title: 'Which of these gets in your way most often?',
    options: opts(['slow', 'Slow dashboards'], ['broken', 'Broken data connectors'], ['metric', 'Finding the right metric'], ['limits', 'Limits on advanced analysis'], ['none', 'Nothing in particular']) },
  { id: 'why', type: 'LONG_TEXT', title: 'Why did you start using Chartwell?' },
  { id: 'sat', type: 'RATING', title: 'How satisfied are you with Chartwell overall?', min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' },
  { id: 'nps', type: 'NPS', title: 'How likely are you to recommend Chartwell to a colleague?' },
  { id: 'gender', type: 'SINGLE_CHOICE', title: 'What is your gender?',
    options: opts(['woman', 'Woman'], ['man', 'Man'], ['nonbinary', 'Non-binary'], ['self', 'Prefer to self-describe'], ['undisclosed', 'Prefer not to say']) },
  { id: 'email', type: 'EMAIL', title: 'Your email, if we may follow up' },
] as const;

/** What each segment tends to choose; the open answers are in demo-words.ts. */
interface Archetype {
  role: string[];
  size: string[];
  freq: string[];
  /** Features this segment uses (each picked with high probability); any other with low probability. */
  features: string[];
  blocker: string[];
  sat: number[];
  nps: number[];
}

const ARCHETYPES: Archetype[] = [
  { role: ['analyst', 'analyst', 'analyst', 'exec'], size: ['s2', 's3', 's3'], freq: ['daily', 'daily', 'daily', 'hourly'], features: ['dashboards', 'reports', 'excel'], blocker: ['slow', 'slow', 'slow', 'slow', 'none'], sat: [3, 4, 4, 4], nps: [6, 7, 8, 8] },
  { role: ['engineer', 'engineer', 'engineer', 'analyst'], size: ['s3', 's4', 's4'], freq: ['hourly', 'hourly', 'hourly', 'daily'], features: ['dashboards', 'connectors', 'alerts', 'sql'], blocker: ['broken', 'broken', 'broken', 'broken', 'slow'], sat: [2, 2, 3], nps: [4, 5, 6, 7] },
  { role: ['manager', 'manager', 'manager', 'exec'], size: ['s1', 's2', 's2'], freq: ['weekly', 'weekly', 'monthly'], features: ['dashboards', 'search', 'excel'], blocker: ['metric', 'metric', 'metric', 'none'], sat: [4, 4, 5], nps: [8, 9, 9, 10] },
  { role: ['scientist', 'scientist', 'scientist', 'engineer'], size: ['s2', 's3', 's4'], freq: ['weekly', 'daily', 'weekly'], features: ['dashboards', 'notebooks', 'sql', 'api'], blocker: ['limits', 'limits', 'limits', 'slow'], sat: [2, 2, 3], nps: [3, 4, 5, 6] },
];

const FEATURES = DEMO_QUESTIONS.find((q) => q.id === 'features')!.options.map((o) => o.id);
const GENDERS = ['woman', 'woman', 'woman', 'man', 'man', 'man', 'nonbinary', 'undisclosed'];

/** The commonest value (the first of equally common ones). */
function mode<T>(xs: readonly T[]): T {
  const n = (x: T) => xs.filter((y) => y === x).length;
  return xs.reduce((best, x) => (n(x) > n(best) ? x : best), xs[0]);
}

export interface DemoResponse {
  participant?: string;
  answers: Record<string, unknown>;
  group: number;
}

/** Small seeded generator (LCG) so every run produces the same study. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/**
 * `count` responses drawn in turn from the four segments, each with its own open answers and
 * about one in eight choosing one question like another segment. The first `linked` get
 * participant labels P1, P2, … and answer true to type (the segment's commonest choices). The
 * demo links none: its interviewees P1–P4 are interview-only participants, so synthesis places
 * each in the segment whose words match theirs and the persona quotes them.
 */
export function demoResponses(count = DEMO_RESPONSES, seed = 7, linked = 0): DemoResponse[] {
  const rand = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const open = (group: number, key: 'routine' | 'goal' | 'pain' | 'why') => {
    const words = OPEN_WORDS[group];
    const first = pick(words[key]);
    return rand() < 0.3 ? `${first} ${pick(words.extra[key])}` : first;
  };
  return Array.from({ length: count }, (_, i) => {
    const group = i % ARCHETYPES.length;
    const a = ARCHETYPES[group];
    const typed = i < linked;
    // Noise: one choice question answered like a neighbouring segment.
    const noisy = typed ? -1 : rand() < 0.12 ? Math.floor(rand() * 3) : -1;
    const other = ARCHETYPES[(group + 1) % ARCHETYPES.length];
    const features = FEATURES.filter((f) => rand() < (f === 'dashboards' ? 0.93 : a.features.includes(f) ? 0.85 : 0.05));
    // A linked respondent answers the choices true to type (the segment's commonest answers).
    const typical = <T,>(xs: readonly T[]) => (typed ? mode(xs) : pick(xs));
    const answers: Record<string, unknown> = {
      role: typical(a.role),
      size: typical(a.size),
      freq: typical((noisy === 0 ? other : a).freq),
      features: typed ? a.features : features.length ? features : [a.features[1]],
      blocker: typical((noisy === 1 ? other : a).blocker),
      sat: typical((noisy === 2 ? other : a).sat),
      nps: typical(a.nps),
      gender: pick(GENDERS),
    };
    const region = rand();
    answers.region = region < 0.92 ? 'eu' : region < 0.96 ? 'na' : region < 0.98 ? 'apac' : 'other';
    if (typed || rand() > 0.1) answers.routine = open(group, 'routine');
    if (typed || rand() > 0.08) answers.goal = open(group, 'goal');
    if (typed || rand() > 0.05) answers.pain = open(group, 'pain');
    if (typed || rand() > 0.12) answers.why = open(group, 'why');
    if (rand() < 0.3) answers.email = `respondent${i}@example.com`;
    return { answers, group, ...(i < linked ? { participant: `P${i + 1}` } : {}) };
  });
}

/** Interview transcripts (PLAIN format) of participants P1… in order, one per segment. */
export function demoTranscripts(count = DEMO_INTERVIEWS.length): { label: string; title: string; content: string; group: number }[] {
  return DEMO_INTERVIEWS.slice(0, count).map((iv) => ({ label: iv.label, title: iv.title, content: plainTranscript(iv), group: iv.group }));
}

/** A starter codebook whose codes match phrases that occur in the open answers and transcripts. */
export const DEMO_CODES = [
  { name: 'Slow dashboards', category: 'PAIN_POINT', description: 'Dashboards and reports that take too long to load or refresh.', match: /slow|spinning|timed out/i },
  { name: 'Hands-off leadership reporting', category: 'GOAL', description: 'Getting regular numbers to leadership without manual work.', match: /leadership|\bboard\b/i },
  { name: 'Silent sync failures', category: 'PAIN_POINT', description: 'Connectors and pipelines that break without anyone being told.', match: /silent|schema|no alert/i },
  { name: 'Data we can trust', category: 'GOAL', description: 'Numbers the business can rely on, delivered on time.', match: /\btrust/i },
  { name: 'Finding the right metric', category: 'PAIN_POINT', description: 'Not knowing which dashboard or metric definition to trust.', match: /right metric|right dashboard|definition/i },
  { name: 'Self-serve answers', category: 'GOAL', description: 'Self-serve answers without waiting on the data team.', match: /own questions|self-serve|without waiting/i },
  { name: 'Limits on advanced analysis', category: 'PAIN_POINT', description: 'Statistics, exports or notebooks that stop short of real analysis.', match: /statistic|regression|row limit|limits? on|limits everywhere|is limited/i },
  { name: 'Fast experiments', category: 'GOAL', description: 'Exploring data to try an idea before investing in it.', match: /\bideas?\b|hypothes/i },
  { name: 'Less waiting on the data team', category: 'MOTIVATION', description: 'Started using it to stop waiting on other people for numbers.', match: /tired of waiting|waiting days|waiting on/i },
] as const;

/** The whole sentence around the first match of `re`, as a coder would highlight it: [start, end), or null. */
export function sentenceSpan(text: string, re: RegExp): [number, number] | null {
  const m = re.exec(text);
  if (!m) return null;
  const from = text.lastIndexOf('.', m.index) + 1;
  const start = from + (text.slice(from).length - text.slice(from).trimStart().length);
  const dot = text.indexOf('.', m.index);
  return [start, dot < 0 ? text.length : dot + 1];
}

/**
 * A deterministic, made-up study with three kinds of people in it: used for
 * the demo seed and by tests that need realistic data with known segments.
 */
export const DEMO_QUESTIONS = [
  { id: 'role', type: 'SINGLE_CHOICE', title: 'What best describes your role?', required: true, personaField: 'DEMOGRAPHIC',
    options: [{ id: 'analyst', label: 'Data analyst' }, { id: 'scientist', label: 'Research scientist' }, { id: 'student', label: 'Student' }, { id: 'engineer', label: 'Software engineer' }] },
  { id: 'years', type: 'NUMBER', title: 'How many years have you used R?', required: true, min: 0, max: 60, personaField: 'DEMOGRAPHIC' },
  { id: 'freq', type: 'SINGLE_CHOICE', title: 'How often do you use R?', required: true, personaField: 'BEHAVIOR',
    options: [{ id: 'daily', label: 'Daily' }, { id: 'weekly', label: 'Weekly' }, { id: 'monthly', label: 'A few times a month' }] },
  { id: 'uses', type: 'MULTIPLE_CHOICE', title: 'What do you use R for?', personaField: 'BEHAVIOR',
    options: [{ id: 'viz', label: 'Visualisation' }, { id: 'stats', label: 'Statistical modelling' }, { id: 'reports', label: 'Reports and dashboards' }, { id: 'teaching', label: 'Learning and coursework' }, { id: 'pkg', label: 'Package development' }] },
  { id: 'goal', type: 'SINGLE_CHOICE', title: 'What matters most to you in your tools?', personaField: 'GOAL',
    options: [{ id: 'speed', label: 'Getting reports out fast' }, { id: 'rigour', label: 'Reproducible, rigorous analysis' }, { id: 'learn', label: 'Learning at my own pace' }] },
  { id: 'sat', type: 'RATING', title: 'How satisfied are you with R overall?', min: 1, max: 5, personaField: 'PSYCHOGRAPHIC', minLabel: 'Not at all', maxLabel: 'Very' },
  { id: 'nps', type: 'NPS', title: 'How likely are you to recommend R to a colleague?', personaField: 'NONE' },
  { id: 'pain', type: 'LONG_TEXT', title: 'What frustrates you most about working with R?', personaField: 'PAIN_POINT' },
  { id: 'why', type: 'LONG_TEXT', title: 'Why do you keep using R?', personaField: 'MOTIVATION' },
  { id: 'email', type: 'EMAIL', title: 'Your email, if we may follow up', personaField: 'NONE' },
] as const;

interface Archetype {
  role: string[];
  years: [number, number];
  freq: string[];
  uses: string[];
  goal: string[];
  sat: number[];
  pains: string[];
  whys: string[];
}

const ARCHETYPES: Archetype[] = [
  {
    role: ['analyst', 'analyst', 'engineer'], years: [2, 6], freq: ['daily', 'daily', 'weekly'], uses: ['reports', 'viz'], goal: ['speed', 'speed', 'rigour'], sat: [3, 4, 4],
    pains: ['The dashboards are slow to refresh when the data gets big.', 'Deploying a report for my team takes far too many steps.', 'Our reports break whenever a package updates overnight.', 'Sharing dashboards with managers who do not use R is painful.'],
    whys: ['I can turn a messy spreadsheet into a report in an afternoon.', 'ggplot makes charts my managers actually read.', 'Automating the weekly report saves me a whole day.'],
  },
  {
    role: ['scientist', 'scientist', 'engineer'], years: [8, 20], freq: ['daily', 'weekly'], uses: ['stats', 'pkg', 'viz'], goal: ['rigour', 'rigour', 'speed'], sat: [4, 5, 5],
    pains: ['Package dependency versions make reproducing old analyses hard.', 'Memory limits hit me on large simulation runs.', 'Documentation for modelling packages is uneven and sometimes wrong.', 'Reproducing a colleague\u2019s environment still takes hours.'],
    whys: ['The statistical packages are unmatched for serious modelling.', 'I trust the results because the methods are peer reviewed.', 'Writing my own package keeps my lab\u2019s methods reproducible.'],
  },
  {
    role: ['student', 'student', 'analyst'], years: [0, 2], freq: ['monthly', 'weekly', 'monthly'], uses: ['teaching', 'viz'], goal: ['learn', 'learn', 'speed'], sat: [2, 3, 3],
    pains: ['Error messages are cryptic and I never know what went wrong.', 'Installing packages on my laptop keeps failing.', 'There are too many ways to do the same thing, which confuses me.', 'I get lost between base R and the tidyverse in tutorials.'],
    whys: ['My course requires it and the free tutorials help.', 'It is free, and the community answers beginner questions kindly.', 'Making my first plot felt like magic and kept me going.'],
  },
];

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

/** `count` responses from three archetypes with noise; the first `linked` get participant labels P1, P2, … */
export function demoResponses(count: number, seed = 7, linked = 4): DemoResponse[] {
  const rand = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const group = i % 3;
    const a = ARCHETYPES[group];
    const noisy = rand() < 0.1;
    const src = noisy ? ARCHETYPES[(group + 1) % 3] : a;
    const uses = src.uses.filter(() => rand() < 0.8);
    const answers: Record<string, unknown> = {
      role: pick(src.role),
      years: Math.round(a.years[0] + rand() * (a.years[1] - a.years[0])),
      freq: pick(src.freq),
      uses: uses.length ? uses : [src.uses[0]],
      goal: pick(src.goal),
      sat: pick(a.sat),
      nps: Math.min(10, Math.max(0, pick(a.sat) * 2 + Math.floor(rand() * 2))),
      pain: pick(a.pains),
      why: pick(a.whys),
    };
    if (rand() < 0.3) answers.email = `respondent${i}@example.com`;
    return { answers, group, ...(i < linked ? { participant: `P${i + 1}` } : {}) };
  });
}

/** Interview transcripts (PLAIN format) of the linked participants, one per archetype in turn. */
export function demoTranscripts(count = 4): { label: string; title: string; content: string; group: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const group = i % 3;
    const a = ARCHETYPES[group];
    const label = `P${i + 1}`;
    const content = [
      `Interviewer: Thanks for joining. Can you tell me how R fits into your work?`,
      `${label}: ${a.whys[0]} ${a.whys[1]}`,
      `Interviewer: What gets in the way?`,
      `${label}: ${a.pains[0]} ${a.pains[1]}`,
      `Interviewer: If you could change one thing, what would it be?`,
      `${label}: ${a.pains[2]} Honestly, that is the part I dread every week.`,
      `Interviewer: What keeps you using it anyway?`,
      `${label}: ${a.whys[2]}`,
    ].join('\n\n');
    return { label, title: `Interview with ${label}`, content, group };
  });
}

/** A starter codebook whose codes match phrases that occur in the generated text. */
export const DEMO_CODES = [
  { name: 'Slow performance', category: 'PAIN_POINT', description: 'Things take too long: refresh, memory, big data.', match: /slow|memory limits|takes far too many/i },
  { name: 'Reproducibility', category: 'GOAL', description: 'Wanting analyses that can be rerun exactly.', match: /reproduc/i },
  { name: 'Confusing errors', category: 'PAIN_POINT', description: 'Error messages or docs that leave people lost.', match: /cryptic|confuses|get lost|documentation/i },
  { name: 'Sharing with others', category: 'BEHAVIOR', description: 'Getting work in front of colleagues or managers.', match: /sharing|managers|team/i },
  { name: 'Community support', category: 'MOTIVATION', description: 'Help from tutorials and other users.', match: /community|tutorials help/i },
  { name: 'Time saved', category: 'MOTIVATION', description: 'Automation that saves time.', match: /saves me|afternoon/i },
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

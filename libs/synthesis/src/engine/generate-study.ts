import { createRng, type Rng } from './rng';
import { FREQUENCIES, NEUTRAL, ROLES, SIZES, TEMPLATES, THEMES, TOOLS } from './study-vocabulary';
import type {
  AnswerInput,
  CodeInput,
  ParticipantInput,
  PersonaField,
  SynthesisInput,
  TextSource,
} from './types';

/** Options of `generateStudy`. */
export interface GenerateStudyOptions {
  /** Survey respondents. */
  participants: number;
  /** Latent segments, 1 to 8. */
  segments: number;
  seed?: number;
  /** Chance that an answer or a sentence ignores the respondent's segment (default 0.25). */
  noise?: number;
  /** Chance that a respondent adds a note with an email or a phone number (default 0). */
  privateRate?: number;
  /** Extra participants who only have an interview transcript (default 0). */
  interviewees?: number;
  /** Interviewee turns per transcript (default 30). */
  turnsPerInterview?: number;
}

/** A synthetic study and the segment each participant was drawn from. */
export interface GeneratedStudy {
  input: SynthesisInput;
  latent: Map<string, number>;
}

/**
 * Generates a seeded synthetic study with known latent segments: choice
 * answers, numbers, open text and accepted highlights all depend on the
 * segment, with noise. For tests and benchmarks of the engine.
 */
export function generateStudy(options: GenerateStudyOptions): GeneratedStudy {
  const rng = createRng(options.seed ?? 1);
  const k = Math.max(1, Math.min(THEMES.length, options.segments));
  const noise = options.noise ?? 0.25;
  // Unequal but never tiny segments, as in real studies.
  const weights = Array.from({ length: k }, () => 1 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = (): number => {
    let u = rng.next() * total;
    for (let s = 0; s < k; s++) if ((u -= weights[s]) < 0) return s;
    return k - 1;
  };
  const participants: ParticipantInput[] = [];
  const latent = new Map<string, number>();
  for (let i = 0; i < options.participants; i++) {
    const s = pick();
    const id = `p${String(i).padStart(5, '0')}`;
    latent.set(id, s);
    participants.push(respondent(id, s, k, noise, options.privateRate ?? 0, rng));
  }
  for (let i = 0; i < (options.interviewees ?? 0); i++) {
    const s = pick();
    const id = `i${String(i).padStart(4, '0')}`;
    latent.set(id, s);
    participants.push(interviewee(id, s, k, noise, options.turnsPerInterview ?? 30, rng));
  }
  return { input: { participants, seed: options.seed ?? 1 }, latent };
}

function respondent(
  id: string,
  s: number,
  k: number,
  noise: number,
  privateRate: number,
  rng: Rng,
): ParticipantInput {
  const responseId = `r-${id}`;
  const answers: AnswerInput[] = [];
  const choice = (
    questionId: string,
    title: string,
    field: PersonaField,
    labels: string[],
  ): void => {
    const text = labels.join(', ');
    answers.push({
      questionId,
      questionTitle: title,
      personaField: field,
      kind: 'choice',
      choiceLabels: labels,
      source: answerSource(responseId, questionId, text),
    });
  };
  const number = (questionId: string, title: string, field: PersonaField, value: number): void => {
    answers.push({
      questionId,
      questionTitle: title,
      personaField: field,
      kind: 'number',
      number: value,
      source: answerSource(responseId, questionId, String(value)),
    });
  };
  const prefer = (options: string[]): string =>
    options[rng.next() < noise ? rng.int(options.length) : s % options.length];
  choice('q-role', 'What is your role?', 'DEMOGRAPHIC', [prefer(ROLES)]);
  choice('q-size', 'How large is your company?', 'DEMOGRAPHIC', [prefer(SIZES)]);
  choice('q-freq', 'How often do you analyse data?', 'BEHAVIOR', [prefer(FREQUENCIES)]);
  const favourites = new Set([TOOLS[s % TOOLS.length], TOOLS[(s + 3) % TOOLS.length]]);
  const tools = TOOLS.filter((t) => rng.next() < (favourites.has(t) ? 0.8 : 0.15));
  if (tools.length > 0) choice('q-tools', 'Which tools do you use?', 'BEHAVIOR', tools);
  number(
    'q-exp',
    'Years of experience',
    'DEMOGRAPHIC',
    clamp(Math.round(2 + 3 * s + 2 * gaussian(rng)), 0, 40),
  );
  number(
    'q-sat',
    'How satisfied are you with your tools? (1–10)',
    'PSYCHOGRAPHIC',
    clamp(Math.round(3 + ((s * 3) % 7) + 1.5 * gaussian(rng)), 1, 10),
  );
  const open = composeText(s, k, noise, rng, answerSource(responseId, 'q-open', ''));
  answers.push({
    questionId: 'q-open',
    questionTitle: 'What is hardest about your work?',
    personaField: 'NONE',
    kind: 'text',
    source: open.source,
  });
  const texts: TextSource[] = [open.source];
  if (rng.next() < privateRate) {
    const note = answerSource(
      responseId,
      'q-note',
      rng.next() < 0.5 ? `mail me at ${id}@example.com` : 'call me on +1 555 123 4567',
    );
    answers.push({
      questionId: 'q-note',
      questionTitle: 'Anything else?',
      personaField: 'NONE',
      kind: 'text',
      source: note,
    });
    texts.push(note);
  }
  return { id, label: `Respondent ${id}`, answers, texts, codes: open.codes };
}

function interviewee(
  id: string,
  s: number,
  k: number,
  noise: number,
  turns: number,
  rng: Rng,
): ParticipantInput {
  const texts: TextSource[] = [];
  const codes: CodeInput[] = [];
  for (let t = 0; t < turns; t++) {
    const turn = composeText(s, k, noise, rng, {
      ref: { type: 'TRANSCRIPT_SEGMENT', segmentId: `seg-${id}-${t}` },
      text: '',
    });
    texts.push(turn.source);
    codes.push(...turn.codes);
  }
  return { id, label: `Interviewee ${id}`, answers: [], texts, codes };
}

// Two to four sentences (pain, goal, maybe motive, filler); theme phrases are coded most of the time.
function composeText(
  s: number,
  k: number,
  noise: number,
  rng: Rng,
  blank: TextSource,
): { source: TextSource; codes: CodeInput[] } {
  const parts: { sentence: string; phrase?: string; category?: string }[] = [];
  const kinds: (keyof typeof TEMPLATES)[] = [
    'PAIN_POINT',
    'GOAL',
    ...(rng.next() < 0.6 ? (['MOTIVATION'] as const) : []),
  ];
  for (const kind of kinds) {
    const theme = THEMES[rng.next() < noise ? rng.int(k) : s];
    const bank =
      kind === 'PAIN_POINT' ? theme.pains : kind === 'GOAL' ? theme.goals : theme.motives;
    const phrase = bank[rng.int(bank.length)];
    const templates = TEMPLATES[kind];
    parts.push({
      sentence: templates[rng.int(templates.length)].replace('{x}', phrase),
      phrase,
      category: kind,
    });
  }
  parts.push({ sentence: NEUTRAL[rng.int(NEUTRAL.length)] });
  const text = parts.map((p) => p.sentence).join(' ');
  const source: TextSource = { ref: blank.ref, text };
  const codes: CodeInput[] = [];
  let at = 0;
  for (const p of parts) {
    if (p.phrase && rng.next() < 0.8) {
      const start = text.indexOf(p.phrase, at);
      codes.push({
        codeId: `c-${p.phrase.replace(/\W+/g, '-')}`,
        codeName: p.phrase,
        category: p.category!,
        source,
        start,
        end: start + p.phrase.length,
      });
    }
    at += p.sentence.length + 1;
  }
  return { source, codes };
}

function answerSource(responseId: string, questionId: string, text: string): TextSource {
  return { ref: { type: 'SURVEY_ANSWER', responseId, questionId }, text };
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Adjusted Rand index of two labelings of the same items: 1 identical, about 0 for chance. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error('adjustedRandIndex: labelings differ in length');
  const n = a.length;
  const table = new Map<string, number>();
  const rowSum = new Map<number, number>();
  const colSum = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}|${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSum.set(a[i], (rowSum.get(a[i]) ?? 0) + 1);
    colSum.set(b[i], (colSum.get(b[i]) ?? 0) + 1);
  }
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const sumCells = [...table.values()].reduce((acc, x) => acc + pairs(x), 0);
  const sumRows = [...rowSum.values()].reduce((acc, x) => acc + pairs(x), 0);
  const sumCols = [...colSum.values()].reduce((acc, x) => acc + pairs(x), 0);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  // Both labelings put everything in one cluster (or every item alone): identical.
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}

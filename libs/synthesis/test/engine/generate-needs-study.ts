import { stringify } from 'csv-stringify/sync';
import { createRng, type Rng } from '../../src/engine/rng';
import type {
  AnswerInput,
  CodeInput,
  ParticipantInput,
  PersonaField,
  SynthesisInput,
  TextInput,
} from '../../src/engine/types';

/**
 * A synthetic study with known latent NEEDS segments, for tests and the
 * bench: behaviours, goals, pains and motives (choice, multi-select, scales,
 * open text paraphrased from per-segment templates with synonyms) depend on
 * the segment; demographics and sensitive columns (gender, ethnicity) are
 * drawn independently of it. Noise: each answer, with probability `noise`,
 * comes from another segment's distribution (or is gibberish, for text).
 */

/** Options of `generateNeedsStudy`. */
export interface NeedsStudyOptions {
  respondents: number;
  /** Latent segments, 2 to 6 (default 5). */
  segments?: number;
  seed?: number;
  /** Share of answers drawn from another segment or gibberish (default 0.15). */
  noise?: number;
  /** Interviewees with transcript turns only (default 0). */
  interviewees?: number;
  /** Turns per interviewee (default 12). */
  turns?: number;
  /** Emit discovered themes as codes on open answers (default true); 30 % of them suggested, not accepted. */
  themes?: boolean;
  /** Ask the open questions (default true). */
  openText?: boolean;
}

/** A generated study: engine input, the same study as a CSV export, and the latent segment of every participant. */
export interface NeedsStudy {
  input: SynthesisInput;
  /** Header row of question texts (like a Google Forms export), one row per respondent. */
  csv: string;
  latent: Map<string, number>;
  /** Question ids and titles, in CSV column order (after Timestamp). */
  questions: {
    id: string;
    title: string;
    field: PersonaField;
    sensitive?: boolean;
    describeOnly?: boolean;
  }[];
}

interface Profile {
  freq: number;
  tools: number[];
  enjoy: number;
  nps: number;
  pains: string[];
  goals: string[];
  motives: string[];
  habits: string[];
  theme: { pain: string; goal: string; motive: string; habit: string };
}

const FREQ = [
  'Every day',
  'A few times a week',
  'About once a week',
  'A few times a month',
  'Rarely',
];
const TOOLS = [
  'Excel',
  'Git',
  'SQL databases',
  'R',
  'Python',
  'Slide decks',
  'BI dashboards',
  'Cloud notebooks',
];
const GOALS = [
  'Learn the basics quickly',
  'Ship reliable data pipelines',
  'Automate recurring reports',
  'Publish reproducible research',
  'Teach engaging classes',
  'Share results with stakeholders',
];
const OBSTACLES = [
  'Confusing error messages',
  'Fragile deployments',
  'Manual copy and paste',
  'Slow computations on big data',
  'Setting up environments for students',
  'Version conflicts in shared work',
];
const REASONS = [
  'To change careers',
  'To keep production systems stable',
  'To save time every week',
  'To make new discoveries',
  'To help students succeed',
  'To keep the team aligned',
];

const PROFILES: Profile[] = [
  {
    freq: 3,
    tools: [4, 7],
    enjoy: 4.3,
    nps: 8.5,
    pains: [
      '{The error messages|Error messages|The cryptic errors} {confuse me|make no sense to me|leave me lost} {as a beginner|when I am learning|most days}.',
      'I {get stuck|waste hours|spend ages} {searching|googling|looking} for what an error {means|is telling me}.',
    ],
    goals: [
      'I want to {learn|pick up|master} the {basics|fundamentals|core skills} {quickly|fast|without a degree}.',
      '{My goal is|I hope} to {finish|complete} {an online course|a beginner course|my first course} and {build|make} a {small project|portfolio project}.',
    ],
    motives: [
      'I am {switching|changing|moving} {careers|jobs} into {data|analytics} and {need|want} {new skills|a new skill set}.',
      'A {career change|new career|better job} {is|feels} {within reach|possible} {if I learn this|with these skills}.',
    ],
    habits: [
      'I {follow|work through|watch} {tutorials|lessons|course videos} {on weekends|in the evenings|after work}.',
    ],
    theme: {
      pain: 'Confusing error messages',
      goal: 'A quick start in the basics',
      motive: 'Career change',
      habit: 'Follows tutorials',
    },
  },
  {
    freq: 0,
    tools: [1, 2],
    enjoy: 3.2,
    nps: 6,
    pains: [
      '{Deployments|Our deploys|Releases} {break|fail|fall over} {whenever|every time} a {dependency|package|library} {changes|updates}.',
      'The {pipeline|build|CI job} is {flaky|unreliable|brittle} and I {lose hours|waste mornings} {fixing|rerunning} it.',
    ],
    goals: [
      'I want {reliable|stable|robust} {pipelines|jobs|workflows} that {run unattended|never page me|just work}.',
      '{My goal is|I aim} to {version|test|monitor} every {pipeline|job} {properly|end to end}.',
    ],
    motives: [
      '{Production|Our systems} must {stay up|stay stable|not break}, {customers|users} {depend on it|rely on it}.',
      'I {care about|take pride in} {building things that last|systems that do not break}.',
    ],
    habits: [
      'I {run|schedule|deploy} {jobs|pipelines} {from git|through CI|with scripts} {every day|daily}.',
    ],
    theme: {
      pain: 'Fragile deployments',
      goal: 'Reliable pipelines',
      motive: 'Stable production',
      habit: 'Runs scheduled jobs',
    },
  },
  {
    freq: 0,
    tools: [0, 6],
    enjoy: 3.6,
    nps: 7,
    pains: [
      'I {copy and paste|copy|move} {numbers|figures|data} {by hand|manually} {into spreadsheets|between files} {every week|each Monday}.',
      'The {weekly report|monthly report|reporting} {takes|eats} {a whole day|hours} of {manual work|clicking}.',
    ],
    goals: [
      'I want to {automate|script} the {weekly|monthly|recurring} {reports|reporting}.',
      '{My goal is|I hope} to {replace|retire} the {spreadsheet|Excel} {reports|workflow} with {dashboards|automatic reports}.',
    ],
    motives: [
      '{Saving|Freeing up} {time|hours} {every week|each week} {matters|is what counts} {to me|most}.',
      'I {would rather|want to} spend {time|my hours} on {analysis|insight} {instead of|not} {busywork|copying data}.',
    ],
    habits: [
      'I {refresh|update|rebuild} {dashboards|spreadsheets|reports} {every morning|each day}.',
    ],
    theme: {
      pain: 'Manual copy and paste',
      goal: 'Automated reports',
      motive: 'Saving time',
      habit: 'Refreshes reports daily',
    },
  },
  {
    freq: 2,
    tools: [3, 4],
    enjoy: 4.6,
    nps: 9,
    pains: [
      '{Models|Simulations|Computations} on {large|big|huge} {datasets|data} {run|take} {for hours|far too long|all night}.',
      'My {laptop|machine|kernel} {runs out of memory|crashes|freezes} on {big|large} {samples|datasets|matrices}.',
    ],
    goals: [
      'I want to {publish|write up} {reproducible|replicable} {papers|analyses|studies}.',
      '{My goal is|I aim} to {share|release} {code and data|my analysis} {with every paper|alongside publications}.',
    ],
    motives: [
      '{Discovery|Finding something new|New findings} {drives|motivates} {me|my work}.',
      'I {love|enjoy} {answering|exploring} {open scientific questions|research questions} {with data|rigorously}.',
    ],
    habits: [
      'I {fit|run|test} {statistical models|regressions|simulations} {for my research|in the lab}.',
    ],
    theme: {
      pain: 'Slow computations',
      goal: 'Reproducible research',
      motive: 'Scientific discovery',
      habit: 'Fits statistical models',
    },
  },
  {
    freq: 3,
    tools: [5, 7],
    enjoy: 3.9,
    nps: 7.5,
    pains: [
      '{Setting up|Installing|Configuring} {environments|software} for {thirty|forty|all my} students {takes|eats} {the first week|whole lessons}.',
      'Half the {class|students|group} {cannot install|fail to install|struggle to install} {packages|the tools} on {their laptops|their machines}.',
    ],
    goals: [
      'I want {engaging|interactive|lively} {lessons|classes|lectures} {students enjoy|that keep students curious}.',
      '{My goal is|I hope} to {teach|run} {a hands-on course|interactive classes} {without setup trouble|smoothly}.',
    ],
    motives: [
      '{Seeing|Watching} {students|learners} {succeed|get it|grow} {is why I teach|keeps me going}.',
      'I {want|need} {every student|my students} to {leave|finish} {confident|able to code}.',
    ],
    habits: [
      'I {prepare|build|share} {lesson notebooks|class materials|exercises} {for my students|each term}.',
    ],
    theme: {
      pain: 'Student setup trouble',
      goal: 'Engaging lessons',
      motive: 'Student success',
      habit: 'Prepares lesson material',
    },
  },
  {
    freq: 1,
    tools: [0, 5],
    enjoy: 3.4,
    nps: 6.5,
    pains: [
      '{Colleagues|Teammates|Others} {overwrite|clobber|lose} {my changes|each other’s work} in {shared|common} {notebooks|files}.',
      '{Merging|Combining|Reconciling} {versions|edits} from the {team|group} {is a mess|goes wrong|causes conflicts}.',
    ],
    goals: [
      'I want to {share|present} {results|findings} with {stakeholders|leadership|managers} {clearly|quickly}.',
      '{My goal is|I aim} to {give|send} {stakeholders|executives} {one clear view|a single story} of the {numbers|results}.',
    ],
    motives: [
      'A {team|group} that {agrees|is aligned|pulls together} {ships faster|works better}.',
      'I {want|need} {everyone|the team} {on the same page|aligned} {before decisions|about priorities}.',
    ],
    habits: [
      'I {review|discuss|walk through} {notebooks|results} with {the team|colleagues} {in meetings|every week}.',
    ],
    theme: {
      pain: 'Version conflicts',
      goal: 'Sharing results',
      motive: 'Team alignment',
      habit: 'Reviews results with the team',
    },
  },
];

const FILLER = [
  'Overall it works for me.',
  'We use it at work.',
  'It depends on the week.',
  'Nothing else to add really.',
];
const ROLES = ['Student', 'Analyst', 'Engineer', 'Scientist', 'Manager', 'Teacher'];
const COUNTRIES = ['United States', 'Germany', 'India', 'Brazil', 'Nigeria', 'Japan'];
const AGES = ['18-24', '25-34', '35-44', '45-54', '55+'];
const GENDERS = ['Woman', 'Man', 'Non-binary', 'Prefer not to say'];
const ETHNICITIES = ['Asian', 'Black', 'Hispanic or Latino', 'White', 'Mixed', 'Other'];

export const NEEDS_QUESTIONS: NeedsStudy['questions'] = [
  { id: 'q_freq', title: 'How often do you use notebooks for your work?', field: 'BEHAVIOR' },
  {
    id: 'q_tools',
    title: 'Which tools do you use alongside notebooks? (check all that apply)',
    field: 'BEHAVIOR',
  },
  { id: 'q_goal', title: 'What is your main goal for the coming year?', field: 'GOAL' },
  {
    id: 'q_obstacle',
    title: 'What is the biggest obstacle you face in your work?',
    field: 'PAIN_POINT',
  },
  {
    id: 'q_reason',
    title: 'Which statement best describes why you started using notebooks?',
    field: 'MOTIVATION',
  },
  {
    id: 'q_enjoy',
    title: 'On a scale of 1 to 5, how much do you enjoy using notebooks?',
    field: 'PSYCHOGRAPHIC',
  },
  {
    id: 'q_nps',
    title: 'How likely are you to recommend notebooks to a colleague?',
    field: 'PSYCHOGRAPHIC',
  },
  {
    id: 'q_habit_text',
    title: 'Describe how you use notebooks in a typical week.',
    field: 'BEHAVIOR',
  },
  {
    id: 'q_pain_text',
    title: 'What frustrates you most about your current workflow?',
    field: 'PAIN_POINT',
  },
  {
    id: 'q_goal_text',
    title: 'What would you most like to achieve with notebooks?',
    field: 'GOAL',
  },
  { id: 'q_why_text', title: 'Why does this work matter to you?', field: 'MOTIVATION' },
  { id: 'q_role', title: 'What is your job title category?', field: 'DEMOGRAPHIC' },
  { id: 'q_country', title: 'In what country do you currently reside?', field: 'DEMOGRAPHIC' },
  { id: 'q_age', title: 'What is your age band?', field: 'DEMOGRAPHIC' },
  { id: 'q_years', title: 'How many years have you worked in your field?', field: 'DEMOGRAPHIC' },
  {
    id: 'q_gender',
    title: 'What gender do you identify with?',
    field: 'DEMOGRAPHIC',
    sensitive: true,
    describeOnly: true,
  },
  {
    id: 'q_ethnicity',
    title: 'I identify my ethnicity as (select all that apply):',
    field: 'DEMOGRAPHIC',
    sensitive: true,
  },
];

/** Expands "{a|b|c}" alternatives at random. */
export function paraphrase(template: string, rng: Rng): string {
  return template.replace(/\{([^}]*)\}/g, (_, alts: string) => {
    const options = alts.split('|');
    return options[rng.int(options.length)];
  });
}

function gibberish(rng: Rng): string {
  const syll = ['ka', 'lo', 'mi', 'tru', 'zen', 'qua', 'rix', 'bo', 'fel', 'nu'];
  const word = (): string =>
    Array.from({ length: 2 + rng.int(3) }, () => syll[rng.int(syll.length)]).join('');
  return `${Array.from({ length: 3 + rng.int(5) }, word).join(' ')}.`;
}

/** Generates a needs study; the same options give the same study. */
export function generateNeedsStudy(options: NeedsStudyOptions): NeedsStudy {
  const rng = createRng(options.seed ?? 1);
  const k = Math.max(2, Math.min(PROFILES.length, options.segments ?? 5));
  const noise = options.noise ?? 0.15;
  const themes = options.themes ?? true;
  const openText = options.openText ?? true;
  const questions = NEEDS_QUESTIONS.filter((q) => openText || !q.id.endsWith('_text'));
  const weights = Array.from({ length: k }, () => 1 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const pickSegment = (): number => {
    let u = rng.next() * total;
    for (let s = 0; s < k; s++) if ((u -= weights[s]) < 0) return s;
    return k - 1;
  };
  const other = (s: number): number => (s + 1 + rng.int(k - 1)) % k;
  const participants: ParticipantInput[] = [];
  const latent = new Map<string, number>();
  const rows: string[][] = [];
  for (let i = 0; i < options.respondents; i++) {
    const s = pickSegment();
    const id = `resp-${String(i).padStart(6, '0')}`;
    latent.set(id, s);
    const responseId = `r-${id}`;
    const answers: AnswerInput[] = [];
    const texts: TextInput[] = [];
    const codes: CodeInput[] = [];
    const cells = new Map<string, string>();
    const q = (qid: string) => questions.find((x) => x.id === qid)!;
    const source = (qid: string, text: string) => ({
      ref: { type: 'SURVEY_ANSWER' as const, responseId, questionId: qid },
      text,
    });
    const choice = (qid: string, labels: string[], extra: Partial<AnswerInput> = {}): void => {
      const def = q(qid);
      const text = labels.join(', ');
      cells.set(qid, text);
      answers.push({
        questionId: qid,
        questionTitle: def.title,
        personaField: def.field,
        kind: 'choice',
        choiceLabels: labels,
        source: source(qid, text),
        ...(def.sensitive && { sensitive: true }),
        ...(def.describeOnly && { describeOnly: true }),
        ...extra,
      });
    };
    const number = (qid: string, value: number, scale?: { min: number; max: number }): void => {
      const def = q(qid);
      cells.set(qid, String(value));
      answers.push({
        questionId: qid,
        questionTitle: def.title,
        personaField: def.field,
        kind: 'number',
        number: value,
        source: source(qid, String(value)),
        ...(scale && { scale }),
      });
    };
    const seg = (): number => (rng.next() < noise ? other(s) : s);
    // Behaviour, goal, pain, motive: from the segment, or (noise) another segment.
    const fs = seg();
    choice('q_freq', [FREQ[PROFILES[fs].freq]]);
    const ts = seg();
    const tools = TOOLS.filter((_, t) => rng.next() < (PROFILES[ts].tools.includes(t) ? 0.8 : 0.1));
    if (tools.length > 0) choice('q_tools', tools, { multiple: true });
    choice('q_goal', [GOALS[seg()]]);
    choice('q_obstacle', [OBSTACLES[seg()]]);
    choice('q_reason', [REASONS[seg()]]);
    number('q_enjoy', clamp(Math.round(PROFILES[seg()].enjoy + 0.7 * gaussian(rng)), 1, 5), {
      min: 1,
      max: 5,
    });
    number('q_nps', clamp(Math.round(PROFILES[seg()].nps + 1.2 * gaussian(rng)), 0, 10));
    if (openText) {
      const open = (
        qid: string,
        bank: (p: Profile) => string[],
        category: string,
        theme: (p: Profile) => string,
      ): void => {
        const def = q(qid);
        const roll = rng.next();
        const from = roll < noise ? other(s) : s;
        const gib = roll < noise / 2;
        const parts = gib
          ? [gibberish(rng)]
          : [paraphrase(bank(PROFILES[from])[rng.int(bank(PROFILES[from]).length)], rng)];
        if (rng.next() < 0.3) parts.push(FILLER[rng.int(FILLER.length)]);
        const text = parts.join(' ');
        const src = source(qid, text);
        cells.set(qid, text);
        answers.push({
          questionId: qid,
          questionTitle: def.title,
          personaField: def.field,
          kind: 'text',
          source: src,
        });
        texts.push({ ...src, kind: 'answer', personaField: def.field });
        if (themes && !gib && rng.next() < 0.8) {
          const end = parts[0].length;
          codes.push({
            codeId: `theme-${theme(PROFILES[from]).toLowerCase().replace(/\W+/g, '-')}`,
            codeName: theme(PROFILES[from]),
            category,
            source: src,
            start: 0,
            end,
            accepted: rng.next() < 0.7,
          });
        }
      };
      open(
        'q_habit_text',
        (p) => p.habits,
        'BEHAVIOR',
        (p) => p.theme.habit,
      );
      open(
        'q_pain_text',
        (p) => p.pains,
        'PAIN_POINT',
        (p) => p.theme.pain,
      );
      open(
        'q_goal_text',
        (p) => p.goals,
        'GOAL',
        (p) => p.theme.goal,
      );
      open(
        'q_why_text',
        (p) => p.motives,
        'MOTIVATION',
        (p) => p.theme.motive,
      );
    }
    // Demographics and sensitive columns: independent of the segment.
    choice('q_role', [ROLES[rng.int(ROLES.length)]]);
    choice('q_country', [COUNTRIES[rng.int(COUNTRIES.length)]]);
    choice('q_age', [AGES[rng.int(AGES.length)]]);
    number('q_years', 1 + rng.int(25));
    choice('q_gender', [GENDERS[rng.int(GENDERS.length)]]);
    choice('q_ethnicity', [ETHNICITIES[rng.int(ETHNICITIES.length)]]);
    participants.push({ id, label: `Respondent ${i + 1}`, answers, texts, codes });
    const day = 1 + (i % 28);
    rows.push([
      `2024-03-${String(day).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`,
      ...questions.map((x) => cells.get(x.id) ?? ''),
    ]);
  }
  for (let i = 0; i < (options.interviewees ?? 0); i++) {
    const s = pickSegment();
    const id = `int-${String(i).padStart(4, '0')}`;
    latent.set(id, s);
    const texts: TextInput[] = [];
    for (let t = 0; t < (options.turns ?? 12); t++) {
      const p = PROFILES[rng.next() < noise ? other(s) : s];
      const bank = [p.pains, p.goals, p.motives, p.habits][t % 4];
      const text = `${rng.next() < 0.4 ? `${FILLER[rng.int(FILLER.length)]} ` : ''}${paraphrase(bank[rng.int(bank.length)], rng)}`;
      texts.push({
        ref: { type: 'TRANSCRIPT_SEGMENT', segmentId: `seg-${id}-${t}` },
        text,
        kind: 'turn',
      });
    }
    participants.push({ id, label: `Interviewee ${i + 1}`, answers: [], texts, codes: [] });
  }
  const csv = stringify([['Timestamp', ...questions.map((x) => x.title)], ...rows]);
  return { input: { participants }, csv, latent, questions };
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

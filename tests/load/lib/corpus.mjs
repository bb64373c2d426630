// The benchmark survey, answers that fit it (in JS for submitResponse, in SQL for bulk
// inserts), and interview transcripts. Four latent segments shape every answer so the
// clustering has real structure to find (and text has segment-specific vocabulary).

const choice = (prefix, labels) => labels.map((label, i) => ({ id: `${prefix}${i + 1}`, label }));
const ROLES = choice('role_', [
  'Software engineer',
  'Product manager',
  'Designer',
  'Researcher',
  'Operations',
]);
const SIZES = choice('size_', ['1-10', '11-50', '51-200', '201-1000', 'More than 1000']);
const TOOLS = choice('tool_', [
  'Spreadsheets',
  'Issue tracker',
  'Design tool',
  'Note-taking app',
  'BI dashboards',
]);
const FREQS = choice('freq_', ['Daily', 'Weekly', 'Monthly', 'Rarely']);

/** Questions as CreateSurveyInput wants them; every one feeds persona synthesis. */
export const QUESTIONS = [
  {
    id: 'role',
    type: 'SINGLE_CHOICE',
    title: 'What is your role?',
    required: true,
    options: ROLES,
    personaField: 'DEMOGRAPHIC',
  },
  {
    id: 'size',
    type: 'SINGLE_CHOICE',
    title: 'How large is your company?',
    required: true,
    options: SIZES,
    personaField: 'DEMOGRAPHIC',
  },
  {
    id: 'tools',
    type: 'MULTIPLE_CHOICE',
    title: 'Which tools do you use for research?',
    options: TOOLS,
    personaField: 'BEHAVIOR',
  },
  {
    id: 'freq',
    type: 'SINGLE_CHOICE',
    title: 'How often do you look at customer feedback?',
    options: FREQS,
    personaField: 'BEHAVIOR',
  },
  {
    id: 'sat',
    type: 'RATING',
    title: 'How satisfied are you with your current process?',
    min: 1,
    max: 5,
    personaField: 'PSYCHOGRAPHIC',
  },
  {
    id: 'nps',
    type: 'NPS',
    title: 'How likely are you to recommend us?',
    personaField: 'MOTIVATION',
  },
  {
    id: 'pain',
    type: 'LONG_TEXT',
    title: 'What is the hardest part of your work?',
    personaField: 'PAIN_POINT',
  },
  {
    id: 'goal',
    type: 'LONG_TEXT',
    title: 'What would you like to achieve this year?',
    personaField: 'GOAL',
  },
];
export const CHOICE_QUESTIONS = QUESTIONS.filter((q) => q.options);
export const NUMERIC_QUESTIONS = QUESTIONS.filter((q) => q.type === 'RATING' || q.type === 'NPS');
export const TEXT_QUESTIONS = QUESTIONS.filter((q) => q.type === 'LONG_TEXT');

const SAT_MEAN = [4.2, 2.0, 3.4, 2.8];
const NPS_MEAN = [9, 4, 7.5, 6];
const PAINS = [
  [
    'Merging pull requests takes forever because the build pipeline is slow and flaky.',
    'Our deployment scripts break whenever a dependency changes its API.',
    'Debugging production incidents without good logs eats my whole week.',
  ],
  [
    'Prioritising the roadmap is hard when stakeholders all shout at once.',
    'I never know which customer requests actually matter for revenue.',
    'Aligning sales and engineering on release dates is a constant fight.',
  ],
  [
    'Handing designs to developers loses half the detail in the mockups.',
    'Keeping the design system consistent across teams is exhausting.',
    'Usability feedback arrives too late to change the layout.',
  ],
  [
    'Recruiting participants for interviews takes weeks of scheduling.',
    'Synthesising notes from dozens of interviews by hand is slow.',
    'Stakeholders ignore findings unless there is a video clip.',
  ],
];
const GOALS = [
  [
    'Ship smaller releases with automated tests and faster builds.',
    'Cut on-call pages in half with better monitoring.',
    'Move our services to a cleaner architecture.',
  ],
  [
    'Run a quarterly planning cycle grounded in customer evidence.',
    'Grow retention by fixing onboarding for new accounts.',
    'Get one shared metric the whole product team trusts.',
  ],
  [
    'Launch a component library every squad actually uses.',
    'Test prototypes with real customers every sprint.',
    'Make accessibility part of every design review.',
  ],
  [
    'Build a research repository the company searches before deciding.',
    'Interview ten customers every month without burning out.',
    'Turn survey data into personas the executives remember.',
  ],
];
const FILLER = [
  'Honestly it depends on the week.',
  'We tried a few tools already.',
  'My team feels the same way.',
  'It has been like this for years.',
  'Budget is always tight.',
  'Management is supportive though.',
];

const pick = (list, r = Math.random()) => list[Math.floor(r * list.length)];
const biased = (list, s, p) => (Math.random() < p ? list[s % list.length] : pick(list));
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, Math.round(x)));

/** One complete respondent's answers (AnswerInput[]), following the same model as the SQL. */
export function randomAnswers(s = Math.floor(Math.random() * 4)) {
  const tools = TOOLS.filter((_, i) => Math.random() < (i === s ? 0.85 : 0.2)).map((t) => t.id);
  const values = {
    role: biased(ROLES, s, 0.7).id,
    size: biased(SIZES, s, 0.6).id,
    tools: tools.length ? tools : [TOOLS[s].id],
    freq: biased(FREQS, s, 0.6).id,
    sat: clamp(SAT_MEAN[s] + (Math.random() - 0.5) * 3, 1, 5),
    nps: clamp(NPS_MEAN[s] + (Math.random() - 0.5) * 6, 0, 10),
    pain: `${pick(PAINS[s])} ${pick(FILLER)}`,
    goal: `${pick(GOALS[s])} ${pick(FILLER)}`,
  };
  return Object.entries(values).map(([questionId, value]) => ({ questionId, value }));
}

const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const arr = (items, type = 'text') =>
  `(ARRAY[${items.map((x) => (type === 'text' ? lit(x) : String(x))).join(', ')}]::${type}[])`;

/**
 * One INSERT … SELECT generate_series statement adding `n` complete version-1 responses to
 * `surveyId`, one second apart going back from now. Parameters: $1 survey id, $2 n,
 * $3 client id prefix.
 */
export const INSERT_RESPONSES_SQL = `
WITH base AS (
  SELECT g, g % 4 AS s, random() AS a, random() AS b, random() AS c, random() AS d,
         random() AS e, random() AS f, random() AS h, random() AS k, random() AS m, random() AS o
    FROM generate_series(1, $2::int) g
)
INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, started_at, submitted_at)
SELECT $1::uuid, $3::text || g, 1, true,
  jsonb_build_object(
    'role', CASE WHEN a < 0.7 THEN ${arr(ROLES.map((o) => o.id))}[s + 1] ELSE ${arr(ROLES.map((o) => o.id))}[1 + floor(b * 5)::int] END,
    'size', CASE WHEN c < 0.6 THEN ${arr(SIZES.map((o) => o.id))}[s + 1] ELSE ${arr(SIZES.map((o) => o.id))}[1 + floor(d * 5)::int] END,
    'tools', COALESCE(
      (SELECT jsonb_agg(t ORDER BY i) FROM unnest(${arr(TOOLS.map((o) => o.id))}) WITH ORDINALITY u(t, i)
        WHERE random() < CASE WHEN i = s + 1 THEN 0.85 ELSE 0.2 END),
      jsonb_build_array(${arr(TOOLS.map((o) => o.id))}[s + 1])),
    'freq', CASE WHEN e < 0.6 THEN ${arr(FREQS.map((o) => o.id))}[s + 1] ELSE ${arr(FREQS.map((o) => o.id))}[1 + floor(f * 4)::int] END,
    'sat', LEAST(5, GREATEST(1, round(${arr(SAT_MEAN, 'numeric')}[s + 1] + (h - 0.5) * 3)))::int,
    'nps', LEAST(10, GREATEST(0, round(${arr(NPS_MEAN, 'numeric')}[s + 1] + (k - 0.5) * 6)))::int,
    'pain', ${arr(PAINS.flat())}[s * 3 + 1 + floor(m * 3)::int] || ' ' || ${arr(FILLER)}[1 + floor(o * ${FILLER.length})::int],
    'goal', ${arr(GOALS.flat())}[s * 3 + 1 + floor(o * 3)::int] || ' ' || ${arr(FILLER)}[1 + floor(m * ${FILLER.length})::int]
  ),
  now() - g * interval '1 second' - interval '5 minutes', now() - g * interval '1 second'
FROM base`;

/** Inserts `n` responses in chunks of at most 50,000 rows; returns milliseconds taken. */
export async function insertResponses(pool, surveyId, n, prefix = 'bulk-') {
  const t0 = Date.now();
  for (let done = 0; done < n;) {
    const size = Math.min(50_000, n - done);
    await pool.query(INSERT_RESPONSES_SQL, [surveyId, size, `${prefix}${done}-`]);
    done += size;
  }
  await pool.query('ANALYZE response');
  return Date.now() - t0;
}

const QUESTIONS_ASKED = [
  'How do you usually start your week?',
  'Tell me about the last time that went wrong.',
  'What did you try next?',
  'Who else was involved?',
  'What would make that easier?',
];

/** A PLAIN transcript: ~`turns` interviewee turns, each after an interviewer question. */
export function transcript(index, turns = 20) {
  const s = index % 4;
  const who = `P${index + 1}`;
  const lines = [`# Interview ${index + 1}`, ''];
  for (let t = 0; t < turns; t++) {
    const mm = String(Math.floor(t / 2)).padStart(2, '0');
    lines.push(
      `[00:${mm}:${t % 2 ? '30' : '05'}] Interviewer: ${QUESTIONS_ASKED[t % QUESTIONS_ASKED.length]}`,
    );
    const pool = t % 2 ? GOALS[s] : PAINS[s];
    lines.push(
      `${who}: ${pool[t % 3]} ${FILLER[(index + t) % FILLER.length]} ${pick(PAINS[(s + 1) % 4])}`,
    );
  }
  return {
    title: `Interview ${index + 1}`,
    participantLabel: `Interviewee ${index + 1}`,
    content: lines.join('\n'),
  };
}

/** Vocabulary of the synthetic studies that `generateStudy` writes. */

/** The phrases that set one generated segment apart. */
export interface Theme {
  pains: string[];
  goals: string[];
  motives: string[];
}

/** Segment-specific phrases; generated segment s speaks in THEMES[s]. */
export const THEMES: Theme[] = [
  {
    pains: ['slow report exports', 'manual data cleaning'],
    goals: ['automated dashboards', 'one source of truth'],
    motives: ['time for deeper analysis'],
  },
  {
    pains: ['flaky integrations', 'unclear API docs'],
    goals: ['reliable pipelines', 'fewer on-call pages'],
    motives: ['building things that last'],
  },
  {
    pains: ['scattered user feedback', 'late design reviews'],
    goals: ['faster prototyping', 'a shared design language'],
    motives: ['products people love'],
  },
  {
    pains: ['missed deadlines', 'endless status meetings'],
    goals: ['clear team priorities', 'predictable delivery'],
    motives: ['helping the team grow'],
  },
  {
    pains: ['recruiting participants', 'transcribing interviews'],
    goals: ['quicker synthesis', 'evidence stakeholders trust'],
    motives: ['understanding real customers'],
  },
  {
    pains: ['attribution gaps', 'campaign approvals'],
    goals: ['higher conversion', 'a consistent brand voice'],
    motives: ['stories that resonate'],
  },
  {
    pains: ['repeated tickets', 'missing customer context'],
    goals: ['faster first responses', 'self-service help'],
    motives: ['calming frustrated customers'],
  },
  {
    pains: ['tight budgets', 'hiring delays'],
    goals: ['product-market fit', 'steady growth'],
    motives: ['a company of my own'],
  },
];
/** Sentence templates by code category; `{x}` is the coded phrase. */
export const TEMPLATES = {
  PAIN_POINT: [
    'I keep running into {x}.',
    'Honestly, {x} eats up my week.',
    'The worst part is {x}.',
  ],
  GOAL: ['What I want most is {x}.', 'My main goal this year is {x}.', "I'd love {x}."],
  MOTIVATION: ['I do this job for {x}.', "For me it's all about {x}."],
};
/** Filler sentences every segment uses. */
export const NEUTRAL = [
  'We use a mix of tools.',
  'The team is busy.',
  'Things change quickly here.',
  'I work with several departments.',
];
/** Options of the generated questions; segment s prefers option s (mod the count). */
export const ROLES = [
  'Analyst',
  'Engineer',
  'Designer',
  'Manager',
  'Researcher',
  'Marketer',
  'Support agent',
  'Founder',
];
export const SIZES = ['1–10', '11–50', '51–250', '251–1000', '1000+'];
export const FREQUENCIES = ['Daily', 'Weekly', 'Monthly', 'Rarely'];
export const TOOLS = ['Excel', 'R', 'Python', 'SQL', 'Figma', 'Jira', 'Notion', 'Tableau'];

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { previewSurveyCsv, type CsvPreview, type CsvPreviewColumn } from '../import';

// The two real exports beside the checkout (../shared/datasets, never copied into the repo).
// The suites fail, not skip, when the files are missing. Prints one line per column:
//   npx vitest run libs/surveys/src/understanding/real-exports.spec.ts
const DATASETS = join(__dirname, '../../../../../shared/datasets');
const R_SURVEY = join(DATASETS, 'survey/r_community_survey_2019_english.csv');
const JUPYTER = join(DATASETS, 'feedback/jupyter_notebook_ux_survey_2015.csv');

const clip = (text: string, n: number) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t.padEnd(n);
};

function print(name: string, preview: CsvPreview) {
  const lines = preview.columns.map(
    (c) =>
      `${String(c.index + 1).padStart(2)} ${clip(c.header, 70)} ${c.type.padEnd(15)} ${(c.skip ? 'skipped' : c.personaField).padEnd(13)} ${c.sensitive ? 'SENSITIVE' : '         '} ${c.reason}`,
  );
  console.log(`${name} (${preview.rowCount} rows):\n${lines.join('\n')}`);
}

/** The one column whose header starts with `start` (SurveyGizmo repeats a question over #1..#3 columns: use `all`). */
function column(preview: CsvPreview, start: string): CsvPreviewColumn {
  const found = preview.columns.filter((c) => c.header.replace(/\u00a0/g, ' ').startsWith(start));
  expect(found.map((c) => c.header), start).toHaveLength(1);
  return found[0];
}
const all = (preview: CsvPreview, contains: string) =>
  preview.columns.filter((c) => c.header.replace(/\u00a0/g, ' ').includes(contains));

function expectField(preview: CsvPreview, start: string, field: string, sensitive = false) {
  const c = column(preview, start);
  expect({ field: c.personaField, sensitive: c.sensitive, skip: c.skip }, `${start} (${c.reason})`).toEqual({
    field,
    sensitive,
    skip: false,
  });
}

describe('question understanding on the R community survey 2019 (Google Forms)', () => {
  let p: CsvPreview;
  beforeAll(async () => {
    p = await previewSurveyCsv(readFileSync(R_SURVEY, 'utf8'));
    print('R community survey 2019', p);
  }, 120_000);

  it('gives every column a field, a reason and a type', () => {
    expect(p.columns).toHaveLength(52);
    for (const c of p.columns) expect(c.reason, c.header).toMatch(/→/);
    expect(p.columns.filter((c) => c.skip).map((c) => c.header)).toEqual(['Timestamp']);
  });

  it('demographics: birth year (not sensitive), degree, country, industry, job', () => {
    expectField(p, 'What year were you born?', 'DEMOGRAPHIC');
    expect(column(p, 'What year were you born?').reason).toMatch(/not sensitive/);
    expectField(p, 'What is the highest degree', 'DEMOGRAPHIC');
    expectField(p, 'In what country do you currently reside?', 'DEMOGRAPHIC');
    expectField(p, 'What industry do you work', 'DEMOGRAPHIC');
    expectField(p, 'What is your job title', 'DEMOGRAPHIC');
    expectField(p, 'Which category best describes the work you do?', 'DEMOGRAPHIC');
  });

  it('gender and ethnicity are sensitive (and nothing else is)', () => {
    expectField(p, 'What gender do you identify with?', 'DEMOGRAPHIC', true);
    expectField(p, 'I identify my ethnicity as', 'DEMOGRAPHIC', true);
    expect(p.columns.filter((c) => c.sensitive)).toHaveLength(2);
  });

  it('likes, dislikes, obstacles and reasons', () => {
    // What people like best is what they value in R: an attitude, not why they started.
    expectField(p, 'What do you like best about using R?', 'PSYCHOGRAPHIC');
    expectField(p, 'What do you like least about using R?', 'PAIN_POINT');
    expectField(p, 'What do you think is the biggest obstacle you must overcome', 'PAIN_POINT');
    expectField(p, 'What do you think was the biggest obstacle you had to overcome', 'PAIN_POINT');
    expectField(p, 'Which statement most closely reflects the primary reason why you are interested', 'MOTIVATION');
    expectField(p, 'Which statement most closely reflects the primary reason why you learned R?', 'MOTIVATION');
  });

  it('frequency, tools and applications are behaviour; enjoyment and recommending are attitudes', () => {
    expectField(p, 'How often do you use R today', 'BEHAVIOR');
    expectField(p, 'What applications do you use R for most?', 'BEHAVIOR');
    expectField(p, 'Which tools do you use with your R applications?', 'BEHAVIOR');
    expectField(p, 'Which analytical tools do you use today', 'BEHAVIOR');
    expectField(p, 'How did you learn R?', 'BEHAVIOR');
    expectField(p, 'What year did you first start learning R?', 'BEHAVIOR');
    expectField(p, 'When you have problems in R, where do you go for help?', 'BEHAVIOR');
    expectField(p, 'Please rate how much you enjoy using R', 'PSYCHOGRAPHIC');
    expectField(p, 'How likely are you to recommend R', 'PSYCHOGRAPHIC');
    expectField(p, 'How likely are you to recommend Python', 'PSYCHOGRAPHIC');
  });

  it('the attention check and the survey bookkeeping are not used', () => {
    expectField(p, 'To help us ensure that you are not a robot', 'NONE');
    expectField(p, 'How did you hear about this survey?', 'NONE');
  });

  it('shows up to five clipped example cells per column', () => {
    for (const c of p.columns) {
      expect(c.sampleValues.length, c.header).toBeLessThanOrEqual(5);
      expect(new Set(c.sampleValues).size).toBe(c.sampleValues.length);
      for (const v of c.sampleValues) expect(v.length).toBeLessThanOrEqual(120);
    }
    expect(column(p, 'What do you like least about using R?').sampleValues).toHaveLength(5);
  });
});

describe('question understanding on the Jupyter Notebook UX survey 2015 (SurveyGizmo)', () => {
  let p: CsvPreview;
  beforeAll(async () => {
    p = await previewSurveyCsv(readFileSync(JUPYTER, 'utf8'));
    print('Jupyter Notebook UX survey 2015', p);
  }, 120_000);

  it('skips the SurveyGizmo bookkeeping columns; every other column gets a field and a reason', () => {
    expect(p.columns).toHaveLength(37);
    expect(p.columns.filter((c) => c.skip).map((c) => c.header)).toEqual(['Time Started', 'Date Submitted', 'Status']);
    for (const c of p.columns.filter((c) => c.skip)) expect(c.personaField, c.header).toBe('NONE');
    for (const c of p.columns) expect(c.reason, c.header).toMatch(/→/);
    expect(p.columns.filter((c) => c.sensitive)).toEqual([]);
  });

  it('hinderances, difficult aspects and needs not addressed are pain points', () => {
    expectField(p, 'What, if anything, hinders you', 'PAIN_POINT');
    const painful = [...all(p, 'make it difficult to use'), ...all(p, 'does Jupyter Notebook not address?')];
    expect(painful).toHaveLength(6);
    for (const c of painful) expect(c.personaField, c.header).toBe('PAIN_POINT');
  });

  it('needs addressed are goals; pleasant aspects are attitudes', () => {
    // The needs it addresses are the jobs people use it for (what they want to achieve);
    // what makes it pleasant is what they value in it (an attitude, like "like best").
    const addressed = all(p, 'does Jupyter Notebook address?');
    expect(addressed).toHaveLength(3);
    for (const c of addressed) expect(c.personaField, c.header).toBe('GOAL');
    const pleasant = all(p, 'make it pleasant to use');
    expect(pleasant).toHaveLength(3);
    for (const c of pleasant) expect(c.personaField, c.header).toBe('PSYCHOGRAPHIC');
  });

  it('feature requests, integrations wanted and enhancements are goals', () => {
    const wanted = [...all(p, 'would you like to see in Jupyter'), ...all(p, 'more tightly'), ...all(p, 'what enhancements would have made')];
    expect(wanted).toHaveLength(9);
    for (const c of wanted) expect(c.personaField, c.header).toBe('GOAL');
  });

  it('how often, how long and how they run it are behaviour', () => {
    expectField(p, 'How often do you use Jupyter Notebook?', 'BEHAVIOR');
    expectField(p, 'Roughly how long have you been using Jupyter Notebook?', 'BEHAVIOR');
    expectField(p, 'How do you run the Jupyter Notebook?', 'BEHAVIOR');
    expectField(p, 'Other - Write In:How do you run the Jupyter Notebook?', 'BEHAVIOR');
    expectField(p, 'How many people typically see and/or interact with the results', 'BEHAVIOR');
  });

  it('role, years in role and industries are demographics; the describing words are attitudes', () => {
    expectField(p, 'What is your primary role when using Jupyter Notebook', 'DEMOGRAPHIC');
    expectField(p, 'How many years have you been in this role?', 'DEMOGRAPHIC');
    const industries = all(p, 'What industries does your role');
    expect(industries).toHaveLength(3);
    for (const c of industries) expect(c.personaField, c.header).toBe('DEMOGRAPHIC');
    expectField(p, 'Select all the words that best describe Jupyter Notebook.', 'PSYCHOGRAPHIC');
    expectField(p, 'Other word(s)::Select all the words', 'PSYCHOGRAPHIC');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAnswer, validateDefinition } from '@persona-lab/survey-logic';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSurveyCsv, type CsvImportResult } from './index';

// Real exports beside the checkout (../shared/datasets, never copied into the repo): the
// suites fail, not skip, when the files are missing.
const DATASETS = join(__dirname, '../../../../../shared/datasets');
const R_SURVEY = join(DATASETS, 'survey/r_community_survey_2019_english.csv');
const JUPYTER = join(DATASETS, 'feedback/jupyter_notebook_ux_survey_2015.csv');

const titlesOf = (result: CsvImportResult, type: string) =>
  result.definition.questions.filter((q) => q.type === type).map((q) => q.title);

/** Every answer is valid, and each question has exactly as many answers as non-blank cells. */
function expectEveryAnswerKept(result: CsvImportResult, csv: string) {
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  expect(validateDefinition(result.definition).ok).toBe(true);
  for (const q of result.definition.questions) {
    const column = header.findIndex((h) => h.trim() === q.title);
    const filled = rows.filter((r) => r[column].trim() !== '').length;
    const values = result.responses.map((r) => r.answers[q.id]).filter((v) => v !== undefined);
    expect(values.length, q.title).toBe(filled);
    for (const value of values) expect(validateAnswer(q, value), q.title).toBeNull();
  }
  expect(result.warnings.filter((w) => w.includes('could not be imported'))).toEqual([]);
}

describe('importSurveyCsv on the R community survey 2019', () => {
  let csv: string;
  let result: CsvImportResult;
  let ms: number;
  beforeAll(async () => {
    csv = readFileSync(R_SURVEY, 'utf8');
    const started = performance.now();
    result = await importSurveyCsv(csv);
    ms = performance.now() - started;
  });

  // Timing is printed, never asserted: these machines are shared and noisy.
  it('imports all 1,838 responses and 51 questions', async () => {
    console.log(
      `R community survey: ${result.responses.length} rows imported in ${ms.toFixed(0)} ms`,
    );
    expect(result.responses).toHaveLength(1838);
    expect(result.definition.questions).toHaveLength(51);
    expect(result.skippedColumns).toEqual([]);
  });

  it('parses the Google Forms timestamp of every row', async () => {
    expect(result.timestampColumn).toBe('Timestamp');
    expect(result.responses.every((r) => r.submittedAt instanceof Date)).toBe(true);
    expect(result.responses[0].submittedAt!.toISOString()).toBe('2019-12-13T09:50:30.000Z');
  });

  it('detects the two recommend questions as NPS and the 1-5 questions as ratings', async () => {
    expect(titlesOf(result, 'NPS')).toEqual([
      'How likely are you to recommend R to a colleague, friend, or family member?',
      'How likely are you to recommend Python to a colleague, friend, or family member?',
    ]);
    const scales = result.definition.questions.filter((q) => /scale of 1 to 5/.test(q.title));
    expect(scales).toHaveLength(4);
    for (const q of scales) expect(q).toMatchObject({ type: 'RATING', min: 1, max: 5 });
  });

  it('detects the comma-joined multi-selects, keeping labels that contain commas whole', async () => {
    const multiple = titlesOf(result, 'MULTIPLE_CHOICE');
    expect(multiple).toContain('What applications do you use R for most? (check all that apply)');
    expect(multiple).toContain('I identify my ethnicity as (select all that apply):');
    const help = result.definition.questions.find((q) =>
      q.title.startsWith('When you have problems'),
    )!;
    expect(help.options!.map((o) => o.label)).toContain(
      'Your personal network, such as colleagues and professors',
    );
    const degree = result.definition.questions.find((q) =>
      q.title.startsWith('What is the highest degree'),
    )!;
    expect(degree.type).toBe('SINGLE_CHOICE');
    expect(degree.options!.map((o) => o.label)).toContain('Master’s degree (e.g. MA, MS, MEd)');
  });

  it('makes the open questions long text and marks demographics, gender and ethnicity sensitive', async () => {
    const long = titlesOf(result, 'LONG_TEXT');
    expect(long).toContain('What do you like best about using R?');
    expect(long).toContain('What do you like least about using R?');
    const demographic = result.definition.questions.filter((q) => q.personaField === 'DEMOGRAPHIC');
    expect(demographic.map((q) => q.title.split(' ').slice(0, 4).join(' '))).toEqual([
      'What year were you',
      'What gender do you',
      'I identify my ethnicity',
      'What is the highest',
      'In what country do',
      'What industry do you',
      'What is your job',
      'Which category best describes',
    ]);
    expect(result.definition.questions.filter((q) => q.sensitive).map((q) => q.title)).toEqual([
      'What gender do you identify with?',
      'I identify my ethnicity as (select all that apply):',
    ]);
  });

  it('gives every answer a value its question accepts, and drops none', async () => {
    expectEveryAnswerKept(result, csv);
  });
});

describe(
  'importSurveyCsv on the Jupyter Notebook UX survey 2015',
  () => {
    const csv = readFileSync(JUPYTER, 'utf8');
    let result: CsvImportResult;
    beforeAll(async () => {
      result = await importSurveyCsv(csv);
    });

    it('imports 1,706 responses, submitted at "Date Submitted"', async () => {
      expect(result.responses).toHaveLength(1706);
      expect(result.timestampColumn).toBe('Date Submitted');
      expect(result.responses.every((r) => r.submittedAt instanceof Date)).toBe(true);
      expect(result.skippedColumns).toEqual(['Time Started', 'Status']);
      expect(result.definition.questions).toHaveLength(34);
    });

    it('finds no NPS question, because the survey asks none on a 0-10 scale', async () => {
      expect(titlesOf(result, 'NPS')).toEqual([]);
    });

    it('detects the semicolon-joined multi-select with its word options', async () => {
      const words = result.definition.questions.find((q) =>
        q.title.startsWith('Select all the words'),
      )!;
      expect(words.type).toBe('MULTIPLE_CHOICE');
      expect(words.options!.map((o) => o.label)).toEqual([
        'comfortable',
        'intuitive',
        'quick',
        'convenient',
        'cool',
        'flexible',
        'Other word(s):',
        'accessible',
        'simple',
        'confusing',
        'uncomfortable',
        'complicated',
      ]);
    });

    it('makes the open feedback questions long text', async () => {
      const long = titlesOf(result, 'LONG_TEXT');
      expect(long).toContain(
        'What, if anything, hinders you from making Jupyter Notebook an even more regular part of your workflow?',
      );
      const difficult = result.definition.questions.filter((q) =>
        /make it difficult/.test(q.title),
      );
      expect(difficult.map((q) => q.type)).toEqual(['LONG_TEXT', 'LONG_TEXT', 'LONG_TEXT']);
      expect(long.filter((t) => t.startsWith('Feature / Change #'))).toHaveLength(3);
    });

    it('gives every answer a value its question accepts, and drops none', async () => {
      expectEveryAnswerKept(result, csv);
    });
  },
);

import { validateAnswer } from '@persona-lab/survey-logic';
import { describe, expect, it } from 'vitest';
import { FORMS_CSV } from '../../test/import/fixture';
import { importSurveyCsv, type CsvColumnInput, type CsvImportResult } from './index';

const questionTitled = (result: CsvImportResult, title: string) =>
  result.definition.questions.find((q) => q.title === title)!;
const answersOf = (result: CsvImportResult, title: string) => {
  const id = questionTitled(result, title).id;
  return result.responses.map((r) => r.answers[id]);
};
const allValid = (result: CsvImportResult) =>
  result.responses.every(({ answers }) =>
    result.definition.questions.every((q) => validateAnswer(q, answers[q.id]) === null),
  );

describe('importSurveyCsv column overrides', () => {
  it('forces a type: single choice on numbers keeps their natural order', async () => {
    const result = await importSurveyCsv(FORMS_CSV, [
      { header: 'What year were you born?', type: 'SINGLE_CHOICE' },
      { header: 'What is your role?', type: 'SHORT_TEXT' },
    ]);
    const born = questionTitled(result, 'What year were you born?');
    expect(born.type).toBe('SINGLE_CHOICE');
    expect(born.options!.map((o) => o.label)).toEqual(['1978', '1985', '1990', '1995', '2001']);
    expect(answersOf(result, 'What year were you born?')).toEqual([
      'o3',
      'o2',
      undefined,
      'o1',
      'o5',
      'o4',
    ]);
    expect(questionTitled(result, 'What is your role?').type).toBe('SHORT_TEXT');
    expect(answersOf(result, 'What is your role?')).toEqual([
      'Designer',
      'Engineer',
      'Designer',
      'Manager',
      'Engineer',
      'Designer',
    ]);
    expect(allValid(result)).toBe(true);
  });

  it('skips a column on request and renumbers the questions after it', async () => {
    const result = await importSurveyCsv(FORMS_CSV, [{ header: 'Email Address', skip: true }]);
    expect(result.skippedColumns).toEqual(['Email Address', 'Anything else?', 'Response ID']);
    expect(result.warnings).toContain(
      'Skipped Column 7 ("Email Address"): as requested in columns.',
    );
    expect(result.definition.questions.map((q) => `${q.id} ${q.type}`).slice(5)).toEqual([
      'q6 NUMBER',
      'q7 DATE',
    ]);
  });

  it('keeps a metadata column listed with skip: false', async () => {
    const result = await importSurveyCsv(FORMS_CSV, [{ header: 'Response ID', skip: false }]);
    expect(result.skippedColumns).toEqual(['Anything else?']);
    expect(questionTitled(result, 'Response ID').type).toBe('SHORT_TEXT');
  });

  it('sets the persona field, also overriding the demographic default', async () => {
    const result = await importSurveyCsv(FORMS_CSV, [
      { header: 'What would you improve?', personaField: 'PAIN_POINT' },
      { header: 'What is your role?', personaField: 'NONE', type: null, delimiter: null },
    ]);
    expect(questionTitled(result, 'What would you improve?').personaField).toBe('PAIN_POINT');
    expect(questionTitled(result, 'What would you improve?').type).toBe('LONG_TEXT');
    expect(questionTitled(result, 'What is your role?').personaField).toBe('NONE');
  });

  it('sets the sensitive flag either way, keeping the inferred persona field', async () => {
    const result = await importSurveyCsv(FORMS_CSV, [
      { header: 'What is your role?', sensitive: true },
      { header: 'What year were you born?', sensitive: false },
    ]);
    expect(questionTitled(result, 'What is your role?')).toMatchObject({ sensitive: true, personaField: 'DEMOGRAPHIC' });
    expect(questionTitled(result, 'What year were you born?').sensitive).toBe(false);
    expect(questionTitled(result, 'What would you improve?').sensitive).toBe(false);
  });

  it('splits on a given delimiter, keeping every choice as an option', async () => {
    const csv = 'Tools,Team\nFigma,A\n"Figma,Sketch",B\nMiro,A\n';
    expect(questionTitled(await importSurveyCsv(csv), 'Tools').type).toBe('SHORT_TEXT');
    const result = await importSurveyCsv(csv, [{ header: 'Tools', delimiter: ',' }]);
    const tools = questionTitled(result, 'Tools');
    expect(tools.type).toBe('MULTIPLE_CHOICE');
    expect(tools.options).toEqual([
      { id: 'o1', label: 'Figma' },
      { id: 'o2', label: 'Sketch' },
      { id: 'o3', label: 'Miro' },
    ]);
    expect(answersOf(result, 'Tools')).toEqual([['o1'], ['o1', 'o2'], ['o3']]);
  });

  it('matches headers after trimming, and addresses a repeated header by its new name', async () => {
    const csv = 'Q, Q ,Timestamp\n1,x,2024-01-01\n2,y,2024-01-02\n';
    const result = await importSurveyCsv(csv, [
      { header: ' Q', type: 'NUMBER' },
      { header: 'Q (2)', type: 'LONG_TEXT' },
      { header: 'Timestamp', type: 'DATE' },
    ]);
    expect(result.definition.questions.map((q) => `${q.title} ${q.type}`)).toEqual([
      'Q NUMBER',
      'Q (2) LONG_TEXT',
      'Timestamp DATE',
    ]);
    expect(result.timestampColumn).toBeNull();
    expect(result.responses[1]).toEqual({
      submittedAt: null,
      answers: { q1: 2, q2: 'y', q3: '2024-01-02' },
    });
  });

  it('leaves out cells a forced type cannot hold, naming their rows', async () => {
    const result = await importSurveyCsv('Age\n34\nthirty\n41\nn/a\n', [
      { header: 'Age', type: 'NUMBER' },
    ]);
    expect(answersOf(result, 'Age')).toEqual([34, undefined, 41, undefined]);
    expect(result.warnings).toEqual([
      'Column 1 ("Age"): 2 answers (rows 3, 5) could not be imported: not a number.',
    ]);
  });

  it('ranks only cells that order every option once', async () => {
    const csv = 'Priorities\nA;B;C\nC;A;B\nA;C\n';
    const result = await importSurveyCsv(csv, [{ header: 'Priorities', type: 'RANKING' }]);
    expect(answersOf(result, 'Priorities')).toEqual([
      ['o1', 'o2', 'o3'],
      ['o3', 'o1', 'o2'],
      undefined,
    ]);
    expect(result.warnings).toEqual([
      'Column 1 ("Priorities"): the answer in row 4 could not be imported: not a ranking of every option exactly once.',
    ]);
  });

  it('raises a forced short text limit instead of cutting long answers', async () => {
    const long = 'word '.repeat(130).trim();
    const result = await importSurveyCsv(`Note\nshort\n"${long}"\n`, [
      { header: 'Note', type: 'SHORT_TEXT' },
    ]);
    expect(questionTitled(result, 'Note')).toMatchObject({ type: 'SHORT_TEXT', max: long.length });
    expect(answersOf(result, 'Note')).toEqual(['short', long]);
    expect(allValid(result)).toBe(true);
  });

  it('gives a rating the scale its header announces when nobody chose the top', async () => {
    const title = 'On a scale of 1 to 7, how easy was setup?';
    const csv = `"${title}"\n2\n3\n2\n5\n`;
    expect(questionTitled(await importSurveyCsv(csv), title)).toMatchObject({
      type: 'RATING',
      min: 1,
      max: 7,
    });
  });
});

describe('importSurveyCsv override errors', () => {
  const cases: [string, CsvColumnInput[], string][] = [
    [
      'an unknown header',
      [{ header: 'Foo' }],
      'No column named "Foo" exists; check CsvColumnInput.header.',
    ],
    [
      'the same column twice',
      [{ header: 'Email Address' }, { header: 'Email Address ' }],
      'Column 7 ("Email Address") is listed more than once in columns; list it once.',
    ],
    [
      'an empty delimiter',
      [{ header: 'What is your role?', delimiter: '' }],
      'Column 5 ("What is your role?") has an empty delimiter; give the text that separates choices, such as ";".',
    ],
    [
      'a delimiter on a non-choice type',
      [{ header: 'What is your role?', delimiter: ';', type: 'NUMBER' }],
      'Column 5 ("What is your role?") has a delimiter but the type NUMBER; a delimiter only applies to MULTIPLE_CHOICE or RANKING.',
    ],
    [
      'a matrix',
      [{ header: 'What is your role?', type: 'MATRIX' }],
      'Column 5 ("What is your role?") cannot be a matrix question: a matrix needs one column per row. Choose another type in columns.',
    ],
    [
      'a rating wider than 11 points',
      [{ header: 'What year were you born?', type: 'RATING' }],
      'Column 10 ("What year were you born?") has answers from 1 to 2001, but a rating scale has at most 11 points; import it as NUMBER instead.',
    ],
  ];
  it.each(cases)('rejects %s', async (_, columns, message) => {
    await expect(importSurveyCsv(FORMS_CSV, columns)).rejects.toThrow(message);
  });

  it('rejects a choice type on a column with a single distinct answer', async () => {
    await expect(
      importSurveyCsv('Consent\nYes\nYes\n', [{ header: 'Consent', type: 'DROPDOWN' }]),
    ).rejects.toThrow(
      'Column 1 ("Consent") has only one distinct answer, so it cannot be a choice question; choose another type in columns.',
    );
  });
});

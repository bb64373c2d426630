import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 5: no CSV export writes a cell or header that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR at the start get a leading '); numbers stay numbers.

const FORMULAS = [
  '=HYPERLINK("http://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
];

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const get = async (path: string) => {
  const res = await fetch(`${t.url}${path}`, {
    headers: { authorization: `Bearer ${ctx.owner.token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
};
/** Every cell (headers included) of a CSV text. */
const cellsOf = (csv: string): string[] =>
  (parse(csv, { relax_column_count: true }) as string[][]).flat();
/** A cell a spreadsheet would run: starts with = + - @, or a tab or CR (a plain negative number is a number). */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'CSV exports');
}, 120_000);
afterAll(async () => t?.close());

describe('responses.csv', () => {
  it('guards question titles, option labels, text answers and hidden-field keys and values; numbers stay numbers', async () => {
    const questions = [
      {
        id: 'pick',
        type: 'SINGLE_CHOICE',
        title: '=1+1',
        options: [
          { id: 'a', label: '@label' },
          { id: 'b', label: 'B' },
        ],
      },
      {
        id: 'many',
        type: 'MULTIPLE_CHOICE',
        title: 'Many',
        options: [
          { id: 'x', label: '-x' },
          { id: 'y', label: 'Y' },
        ],
      },
      { id: 'hours', type: 'NUMBER', title: 'Hours' },
      { id: 'note', type: 'SHORT_TEXT', title: 'Note' },
    ];
    const s = ok(
      await t.gql(
        'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
        { i: { studyId: ctx.studyId, title: 'Formulas', questions } },
        ctx.owner.token,
      ),
    ).createSurvey;
    ok(
      await t.gql(
        'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
        { id: s.id },
        ctx.owner.token,
      ),
    );
    for (const [i, formula] of FORMULAS.entries()) {
      ok(
        await t.gql(
          'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
          {
            i: {
              slug: s.slug,
              clientResponseId: randomUUID(),
              complete: true,
              answers: [
                { questionId: 'pick', value: 'a' },
                { questionId: 'many', value: ['x'] },
                { questionId: 'hours', value: -3 - i },
                { questionId: 'note', value: formula },
              ],
              hiddenFields: { [`${formula}key`]: formula, source: '=cmd|" /C calc"!A0' },
            },
          },
        ),
      );
    }
    const csv = await get(`/api/surveys/${s.id}/responses.csv`);
    const cells = cellsOf(csv);
    expect(cells.filter(runnable)).toEqual([]);
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(rows).toHaveLength(FORMULAS.length);
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(["'=1+1", 'Many [-x]', 'hidden:source']),
    );
    expect(rows.map((r) => r.Note).sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
    expect(
      rows.every((r) => r["'=1+1"] === "'@label" && r['hidden:source'] === `'=cmd|" /C calc"!A0`),
    ).toBe(true);
    // A number answer is written as a number: -3 stays -3, no apostrophe.
    expect(rows.map((r) => r.Hours).sort()).toEqual(FORMULAS.map((_, i) => String(-3 - i)).sort());
    expect(rows.every((r) => r['Many [-x]'] === '1')).toBe(true);
  });
});

describe('codebook.csv and highlights.csv', () => {
  it('guard code names, descriptions, parents, quoted text and coders', async () => {
    const owner = ctx.owner;
    const parent = ok(
      await t.gql(
        'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
        {
          i: {
            studyId: ctx.studyId,
            name: '=PARENT()',
            description: '+desc',
            category: 'PAIN_POINT',
          },
        },
        owner.token,
      ),
    ).createCode.id;
    const child = ok(
      await t.gql(
        'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
        {
          i: {
            studyId: ctx.studyId,
            name: '-child',
            description: '@desc',
            category: 'PAIN_POINT',
            parentId: parent,
          },
        },
        owner.token,
      ),
    ).createCode.id;
    const iv = ok(
      await t.gql(
        'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { segments { id text isInterviewer } } }',
        {
          i: {
            studyId: ctx.studyId,
            title: '=TITLE()',
            format: 'PLAIN',
            content: 'Ann: What?\n\nBo: =SUM(1,2) is what I type every day.',
            interviewerSpeakers: ['Ann'],
          },
        },
        owner.token,
      ),
    ).importTranscript;
    const seg = iv.segments.find((x: { isInterviewer: boolean }) => !x.isInterviewer);
    ok(
      await t.gql(
        'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }',
        {
          i: {
            codeId: child,
            source: { type: 'TRANSCRIPT_SEGMENT', segmentId: seg.id },
            start: 0,
            end: seg.text.length,
          },
        },
        owner.token,
      ),
    );

    const codebook = await get(`/api/studies/${ctx.studyId}/codebook.csv`);
    expect(cellsOf(codebook).filter(runnable)).toEqual([]);
    const codes: Record<string, string>[] = parse(codebook, { columns: true });
    expect(codes.map((c) => [c.name, c.description, c.parent_name])).toEqual(
      expect.arrayContaining([
        ["'=PARENT()", "'+desc", ''],
        ["'-child", "'@desc", "'=PARENT()"],
      ]),
    );

    // Imported back, the guarded cells read as typed.
    const other = ok(
      await t.gql(
        'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
        { i: { workspaceId: ctx.workspaceId, name: 'Round trip' } },
        owner.token,
      ),
    ).createStudy.id;
    const imported = ok(
      await t.gql(
        'mutation($s: ID!, $c: String!) { importCodebook(studyId: $s, format: CSV, content: $c) { name description parent { name } } }',
        { s: other, c: codebook },
        owner.token,
      ),
    ).importCodebook;
    expect(imported).toEqual(
      expect.arrayContaining([
        { name: '=PARENT()', description: '+desc', parent: null },
        { name: '-child', description: '@desc', parent: { name: '=PARENT()' } },
      ]),
    );

    const highlights = await get(`/api/studies/${ctx.studyId}/highlights.csv`);
    expect(cellsOf(highlights).filter(runnable)).toEqual([]);
    const rows: Record<string, string>[] = parse(highlights, { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      code_name: "'-child",
      text: "'=SUM(1,2) is what I type every day.",
    });
  });
});

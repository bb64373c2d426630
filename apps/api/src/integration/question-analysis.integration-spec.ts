import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Question understanding over GraphQL: inference in the builder, previewSurveyCsv, and
// updateQuestionAnalysis changing analysis settings in place (no new version).
const Q = 'id title personaField sensitive sensitiveOptIn';
const CREATE = `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id version questions { ${Q} } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id hasUnpublishedChanges questions { ${Q} } } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { id status version } }`;
const ANALYSIS = `mutation($s: ID!, $q: [QuestionAnalysisInput!]!) { updateQuestionAnalysis(surveyId: $s, questions: $q) { id version status hasUnpublishedChanges questions { ${Q} } } }`;
const PREVIEW = `query($i: PreviewSurveyCsvInput!) { previewSurveyCsv(input: $i) { rowCount warnings columns { index header type personaField sensitive skip reason sampleValues } } }`;
const IMPORT = `mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id status version questions { ${Q} } } }`;

const QUESTIONS = [
  { id: 'often', type: 'SINGLE_CHOICE', title: 'How often do you plan meals?', options: [{ id: 'd', label: 'Daily' }, { id: 'w', label: 'Weekly' }] },
  { id: 'hard', type: 'LONG_TEXT', title: 'What is the hardest part of planning meals?' },
  { id: 'gender', type: 'SINGLE_CHOICE', title: 'What is your gender?', options: [{ id: 'f', label: 'Female' }, { id: 'm', label: 'Male' }] },
  { id: 'mine', type: 'SHORT_TEXT', title: 'Why do you cook?', personaField: 'BEHAVIOR', sensitive: false },
];

const CSV = ['Timestamp,How often do you cook?,What gets in the way of cooking?,Gender,Email', '2024-01-01 10:00:00,Daily,No time,Female,ana@example.com', '2024-01-02 11:00:00,Weekly,Cleaning up,Male,bo@example.org'].join('\n');

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
const fieldsOf = (questions: { id: string; personaField: string; sensitive: boolean; sensitiveOptIn: boolean }[]) =>
  Object.fromEntries(questions.map((q) => [q.id, [q.personaField, q.sensitive, q.sensitiveOptIn]]));

async function createOpen(): Promise<string> {
  const created = await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Meals', questions: QUESTIONS } }, ctx.owner.token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createSurvey.id as string;
  expect((await t.gql(PUBLISH, { id }, ctx.owner.token)).data?.publishSurvey.version).toBe(1);
  return id;
}

const versionDefinitions = async (surveyId: string) =>
  (await t.db.query<{ version: number; definition: { questions: Record<string, unknown>[] } }>('SELECT version, definition FROM survey_version WHERE survey_id = $1 ORDER BY version', [surveyId]));

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Question understanding');
});
afterAll(async () => t?.close());

describe('the builder infers omitted analysis settings', () => {
  it('infers persona field and sensitive when omitted; an explicit value wins', async () => {
    const created = await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Meals', questions: QUESTIONS } }, ctx.owner.token);
    expect(created.errors).toBeUndefined();
    expect(fieldsOf(created.data!.createSurvey.questions)).toEqual({
      often: ['BEHAVIOR', false, false],
      hard: ['PAIN_POINT', false, false],
      gender: ['DEMOGRAPHIC', true, false],
      mine: ['BEHAVIOR', false, false],
    });
  });

  it('keeps settings of unchanged questions on update, infers them for new or reworded ones', async () => {
    const id = (await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Meals', questions: QUESTIONS } }, ctx.owner.token)).data!.createSurvey.id;
    await t.gql(ANALYSIS, { s: id, q: [{ questionId: 'gender', sensitiveOptIn: true }, { questionId: 'often', personaField: 'GOAL' }] }, ctx.owner.token);
    // A client that knows nothing of the flags sends the questions back without them.
    const bare = QUESTIONS.map(({ id: qid, type, title, options }) => ({ id: qid, type, title, options }));
    bare[1] = { ...bare[1], title: 'Why do you choose a meal kit?' };
    const updated = await t.gql(UPDATE, { id, i: { questions: bare } }, ctx.owner.token);
    expect(updated.errors).toBeUndefined();
    expect(fieldsOf(updated.data!.updateSurvey.questions)).toEqual({
      often: ['GOAL', false, false],
      hard: ['MOTIVATION', false, false],
      gender: ['DEMOGRAPHIC', true, true],
      mine: ['BEHAVIOR', false, false],
    });
  });

  it('refuses sensitiveOptIn on a question that is not sensitive', async () => {
    const bad = [{ id: 'x', type: 'SHORT_TEXT', title: 'How often do you cook?', sensitiveOptIn: true }];
    const err = errorOf(await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Bad', questions: bad } }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/not marked sensitive/);
  });
});

describe('previewSurveyCsv', () => {
  it('describes each column without writing anything', async () => {
    const surveys = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM survey'))[0].n;
    const before = await surveys();
    const res = await t.gql(PREVIEW, { i: { studyId: ctx.studyId, csv: CSV, columns: [{ header: 'Gender', sensitive: true }] } }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewSurveyCsv;
    expect(p.rowCount).toBe(2);
    expect(p.columns.map((c: any) => [c.header, c.skip, c.personaField, c.sensitive])).toEqual([
      ['Timestamp', true, 'NONE', false],
      ['How often do you cook?', false, 'BEHAVIOR', false],
      ['What gets in the way of cooking?', false, 'PAIN_POINT', false],
      ['Gender', false, 'DEMOGRAPHIC', true],
      ['Email', false, 'NONE', false],
    ]);
    expect(p.columns[4].sampleValues).toEqual([]);
    expect(p.columns[2].sampleValues).toEqual(['No time', 'Cleaning up']);
    expect(await surveys()).toBe(before);
  });

  it('answers a file the import refuses with BAD_USER_INPUT and its sentence', async () => {
    const err = errorOf(await t.gql(PREVIEW, { i: { studyId: ctx.studyId, csv: CSV, columns: [{ header: 'Nope' }] } }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toBe('No column named "Nope" exists; check CsvColumnInput.header.');
  });

  it('imports with the same inference the preview showed', async () => {
    const res = await t.gql(IMPORT, { i: { studyId: ctx.studyId, title: 'Cooking', csv: CSV } }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importSurveyCsv.questions.map((q: any) => [q.title, q.personaField, q.sensitive])).toEqual([
      ['How often do you cook?', 'BEHAVIOR', false],
      ['What gets in the way of cooking?', 'PAIN_POINT', false],
      ['Gender', 'DEMOGRAPHIC', true],
      ['Email', 'NONE', false],
    ]);
  });

  it('is for OWNER and RESEARCHER only', async () => {
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    expect(errorOf(await t.gql(PREVIEW, { i: { studyId: ctx.studyId, csv: CSV } }, viewer.token)).code).toBe('FORBIDDEN');
  });
});

describe('updateQuestionAnalysis', () => {
  it('changes the settings in the survey and every frozen version, without a new version', async () => {
    const id = await createOpen();
    // A second version, where "hard" is gone: the change applies where the question exists.
    const v2 = QUESTIONS.filter((q) => q.id !== 'hard');
    await t.gql(UPDATE, { id, i: { questions: v2 } }, ctx.owner.token);
    expect((await t.gql(PUBLISH, { id }, ctx.owner.token)).data?.publishSurvey.version).toBe(2);
    const res = await t.gql(
      ANALYSIS,
      { s: id, q: [{ questionId: 'gender', sensitiveOptIn: true }, { questionId: 'hard', personaField: 'GOAL' }, { questionId: 'often', sensitive: false, personaField: 'MOTIVATION' }] },
      ctx.owner.token,
    );
    expect(res.errors).toBeUndefined();
    const survey = res.data!.updateQuestionAnalysis;
    expect(survey).toMatchObject({ version: 2, status: 'OPEN', hasUnpublishedChanges: false });
    expect(fieldsOf(survey.questions)).toMatchObject({ gender: ['DEMOGRAPHIC', true, true], often: ['MOTIVATION', false, false] });
    const [one, two] = await versionDefinitions(id);
    const q = (d: { questions: Record<string, unknown>[] }, qid: string) => d.questions.find((x) => x.id === qid);
    expect(q(one.definition, 'hard')).toMatchObject({ personaField: 'GOAL' });
    expect(q(one.definition, 'gender')).toMatchObject({ sensitive: true, sensitiveOptIn: true });
    expect(q(two.definition, 'gender')).toMatchObject({ sensitive: true, sensitiveOptIn: true });
    expect(q(two.definition, 'often')).toMatchObject({ personaField: 'MOTIVATION' });
    expect(q(two.definition, 'hard')).toBeUndefined();
    const [row] = await t.db.query<{ version: number; unpublished_changes: boolean }>('SELECT version, unpublished_changes FROM survey WHERE id = $1', [id]);
    expect(row).toEqual({ version: 2, unpublished_changes: false });
    expect((await versionDefinitions(id)).length).toBe(2);
  });

  it('works on an imported (closed) survey too', async () => {
    const imported = (await t.gql(IMPORT, { i: { studyId: ctx.studyId, title: 'Imported', csv: CSV } }, ctx.owner.token)).data!.importSurveyCsv;
    const res = await t.gql(ANALYSIS, { s: imported.id, q: [{ questionId: 'q1', personaField: 'PSYCHOGRAPHIC' }] }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateQuestionAnalysis).toMatchObject({ status: 'CLOSED', version: 1 });
    expect((await versionDefinitions(imported.id))[0].definition.questions[0]).toMatchObject({ personaField: 'PSYCHOGRAPHIC' });
  });

  it('refuses an unknown question id and writes nothing', async () => {
    const id = await createOpen();
    const before = JSON.stringify(await versionDefinitions(id));
    const [{ definition }] = await t.db.query<{ definition: unknown }>('SELECT definition FROM survey WHERE id = $1', [id]);
    const err = errorOf(await t.gql(ANALYSIS, { s: id, q: [{ questionId: 'often', personaField: 'GOAL' }, { questionId: 'nope', personaField: 'GOAL' }] }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toBe('This survey has no question with the id "nope".');
    expect(JSON.stringify(await versionDefinitions(id))).toBe(before);
    const [after] = await t.db.query<{ definition: unknown }>('SELECT definition FROM survey WHERE id = $1', [id]);
    expect(after.definition).toEqual(definition);
  });

  it('refuses sensitiveOptIn on a question that is not sensitive, writing nothing', async () => {
    const id = await createOpen();
    const before = JSON.stringify(await versionDefinitions(id));
    const err = errorOf(await t.gql(ANALYSIS, { s: id, q: [{ questionId: 'often', sensitiveOptIn: true }] }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.questionId).toBe('often');
    expect(JSON.stringify(await versionDefinitions(id))).toBe(before);
  });

  it('is FORBIDDEN for a VIEWER and a REVIEWER; a RESEARCHER may', async () => {
    const id = await createOpen();
    const change = { s: id, q: [{ questionId: 'often', personaField: 'GOAL' }] };
    for (const role of ['VIEWER', 'REVIEWER'] as const) {
      const member = await addMember(t, ctx.owner, ctx.workspaceId, role);
      expect(errorOf(await t.gql(ANALYSIS, change, member.token)).code, role).toBe('FORBIDDEN');
    }
    const [{ definition }] = await t.db.query<{ definition: { questions: { id: string; personaField: string }[] } }>('SELECT definition FROM survey WHERE id = $1', [id]);
    expect(definition.questions.find((q) => q.id === 'often')!.personaField).toBe('BEHAVIOR');
    const researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
    expect((await t.gql(ANALYSIS, change, researcher.token)).errors).toBeUndefined();
  });
});

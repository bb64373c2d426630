import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { ResponseReader, SurveyReader, SurveyVersionsModule, surveyQuestionKey } from '../src';

// The readers other libs use, composed through the module they import, on a real database.
let db: TestDatabase;
let app: INestApplicationContext;
let surveys: SurveyReader;
let responses: ResponseReader;

@Module({})
class ReadersOnlyModule {}

const text = (id: string, title: string) => ({ id, type: 'LONG_TEXT', title, required: false });
const choice = {
  id: 'pick',
  type: 'SINGLE_CHOICE',
  title: 'Pick',
  required: false,
  options: [{ id: 'a', label: 'A' }],
};

let studyId: string;
let otherStudyId: string;
let s1: string;
let s2: string;
let sOther: string;
let participantId: string;
const r: Record<string, string> = {};

const insertSurvey = async (
  study: string,
  title: string,
  questions: unknown[],
  createdAt: string,
): Promise<string> => {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO survey (study_id, title, slug, definition, status, created_at) VALUES ($1, $2, $3, $4, 'OPEN', $5) RETURNING id`,
    [study, title, `slug-${title}`, { questions }, createdAt],
  );
  return row.id;
};
const insertVersion = (survey: string, version: number, questions: unknown[]) =>
  db.query('INSERT INTO survey_version (survey_id, version, definition) VALUES ($1, $2, $3)', [
    survey,
    version,
    { questions },
  ]);
const insertResponse = async (
  name: string,
  survey: string,
  version: number,
  answers: Record<string, unknown>,
  opts: { complete?: boolean; at: string; participant?: string },
) => {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, submitted_at, participant_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [survey, name, version, opts.complete ?? true, answers, opts.at, opts.participant ?? null],
  );
  r[name] = row.id;
};

beforeAll(async () => {
  db = await createTestDatabase();
  const [ws] = await db.query<{ id: string }>(
    `INSERT INTO workspace (name) VALUES ('W') RETURNING id`,
  );
  [{ id: studyId }] = await db.query<{ id: string }>(
    `INSERT INTO study (workspace_id, name) VALUES ($1, 'S') RETURNING id`,
    [ws.id],
  );
  [{ id: otherStudyId }] = await db.query<{ id: string }>(
    `INSERT INTO study (workspace_id, name) VALUES ($1, 'O') RETURNING id`,
    [ws.id],
  );
  [{ id: participantId }] = await db.query<{ id: string }>(
    `INSERT INTO participant (study_id, label) VALUES ($1, 'P1') RETURNING id`,
    [studyId],
  );
  // s2 is created first: surveys come oldest first, not by title or id.
  s2 = await insertSurvey(
    studyId,
    'second',
    [text('q1', 'Later wording'), choice],
    '2026-01-01T00:00:00Z',
  );
  s1 = await insertSurvey(
    studyId,
    'first',
    [text('q1', 'Why?'), text('q2', 'What else?')],
    '2026-02-01T00:00:00Z',
  );
  sOther = await insertSurvey(otherStudyId, 'other', [text('q1', 'Other')], '2026-01-15T00:00:00Z');
  await insertVersion(s1, 2, [text('q1', 'Why?'), text('q2', 'What else?')]);
  await insertVersion(s1, 1, [text('q1', 'Why?')]);
  await insertVersion(s2, 1, [text('q1', 'Earlier wording'), choice]);
  await insertVersion(sOther, 1, [text('q1', 'Other')]);
  await insertResponse(
    'late',
    s1,
    2,
    { q2: 'two', q1: 'one' },
    { at: '2026-03-02T00:00:00Z', participant: participantId },
  );
  await insertResponse('early', s1, 1, { q1: 'first answer' }, { at: '2026-03-01T00:00:00Z' });
  await insertResponse(
    'partial',
    s1,
    2,
    { q1: 'not finished' },
    { complete: false, at: '2026-03-03T00:00:00Z' },
  );
  await insertResponse('numeric', s1, 2, { q1: 42, q2: '' }, { at: '2026-03-04T00:00:00Z' });
  await insertResponse(
    'choice',
    s2,
    1,
    { pick: 'a', q1: 'from s2' },
    { at: '2026-03-05T00:00:00Z' },
  );
  await insertResponse(
    'elsewhere',
    sOther,
    1,
    { q1: 'other study' },
    { at: '2026-03-01T00:00:00Z' },
  );

  app = await NestFactory.createApplicationContext(
    {
      module: ReadersOnlyModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)), SurveyVersionsModule],
    },
    { logger: false },
  );
  surveys = app.get(SurveyReader);
  responses = app.get(ResponseReader);
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('SurveyReader', () => {
  it('lists a study’s surveys oldest first, and only that study’s', async () => {
    const list = await surveys.surveysOfStudy(studyId);
    expect(list.map((s) => s.title)).toEqual(['second', 'first']);
    expect(list[1].definition.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('lists frozen versions by survey (oldest first), then version', async () => {
    const versions = await surveys.versionsOfStudy(studyId);
    expect(versions.map((v) => [v.surveyId, v.version])).toEqual([
      [s2, 1],
      [s1, 1],
      [s1, 2],
    ]);
    expect(versions[0].definition.questions[0].title).toBe('Earlier wording');
  });

  it('titles questions as the current definition words them, leaving unknown ones out', async () => {
    const refs = [
      { surveyId: s2, questionId: 'q1' },
      { surveyId: s1, questionId: 'q2' },
      { surveyId: s1, questionId: 'missing' },
      { surveyId: '00000000-0000-4000-8000-000000000000', questionId: 'q1' },
    ];
    const titles = await surveys.questionTitles(refs);
    expect([...titles]).toEqual([
      [surveyQuestionKey(refs[0]), 'Later wording'],
      [surveyQuestionKey(refs[1]), 'What else?'],
    ]);
    expect(await surveys.questionTitles([])).toEqual(new Map());
  });
});

describe('ResponseReader', () => {
  it('reads string answers of complete responses per group, in the caller’s group order', async () => {
    const rows = await responses.completeTextAnswers([
      { surveyId: s1, versions: [2], questionIds: ['q1', 'q2'] },
      { surveyId: s2, versions: [], questionIds: ['q1'] },
      { surveyId: s1, versions: [1, 2], questionIds: ['q1'] },
      { surveyId: s2, versions: [1], questionIds: ['q1'] },
    ]);
    expect(rows.map((x) => [x.group, x.responseId, x.questionId, x.text])).toEqual([
      // Group 0: 'late' (in stored key order), 'numeric' (its number left out, its blank string kept); no partial.
      [0, r.late, 'q1', 'one'],
      [0, r.late, 'q2', 'two'],
      [0, r.numeric, 'q2', ''],
      // Group 1 has no versions: nothing. Group 2: oldest first across versions.
      [2, r.early, 'q1', 'first answer'],
      [2, r.late, 'q1', 'one'],
      [3, r.choice, 'q1', 'from s2'],
    ]);
    expect(await responses.completeTextAnswers([])).toEqual([]);
  });

  it('reads answer sources with survey, version, participant and study; unknown responses left out', async () => {
    const rows = await responses.answerSources([
      { responseId: r.late, questionId: 'q2' },
      { responseId: '00000000-0000-4000-8000-000000000000', questionId: 'q1' },
      { responseId: r.early, questionId: 'q2' },
    ]);
    expect(rows).toEqual([
      {
        responseId: r.late,
        questionId: 'q2',
        surveyId: s1,
        surveyVersion: 2,
        value: 'two',
        participantId,
        studyId,
        surveyTitle: 'first',
      },
      {
        responseId: r.early,
        questionId: 'q2',
        surveyId: s1,
        surveyVersion: 1,
        value: null,
        participantId: null,
        studyId,
        surveyTitle: 'first',
      },
    ]);
  });

  it('maps responses to surveys and lists the responses answering survey questions', async () => {
    const map = await responses.surveysOf([r.late, r.choice, r.late]);
    expect(map).toEqual(
      new Map([
        [r.late, s1],
        [r.choice, s2],
      ]),
    );
    const rows = await responses.answering([
      { surveyId: s1, questionId: 'q2' },
      { surveyId: s2, questionId: 'pick' },
    ]);
    const expected = [
      { responseId: r.late, questionId: 'q2' },
      { responseId: r.numeric, questionId: 'q2' },
      { responseId: r.choice, questionId: 'pick' },
    ].sort((a, b) => (a.responseId < b.responseId ? -1 : 1));
    expect(rows).toEqual(expected);
  });

  it('lists a study’s complete responses oldest first', async () => {
    const rows = await responses.completeOfStudy(studyId);
    expect(rows.map((x) => x.id)).toEqual([r.early, r.late, r.numeric, r.choice]);
    expect(rows[1]).toEqual({
      id: r.late,
      surveyId: s1,
      surveyVersion: 2,
      answers: { q1: 'one', q2: 'two' },
      participantId,
    });
  });

  it('lists members’ responses of the study only, partial ones too', async () => {
    const rows = await responses.ofMembers(studyId, [participantId], [r.partial, r.elsewhere]);
    expect(rows.map((x) => [x.id, x.participantId, x.surveyTitle])).toEqual([
      [r.late, participantId, 'first'],
      [r.partial, null, 'first'],
    ]);
    expect(rows[0].submittedAt).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(await responses.ofMembers(studyId, [], [])).toEqual([]);
  });

  it('gives the version each response answered, for the study’s responses only', async () => {
    const rows = await responses.versionsOf(studyId, [r.early, r.elsewhere, r.choice]);
    expect(
      rows.sort((a, b) => a.surveyVersion - b.surveyVersion || (a.id < b.id ? -1 : 1)),
    ).toEqual(
      [
        { id: r.early, surveyId: s1, surveyVersion: 1 },
        { id: r.choice, surveyId: s2, surveyVersion: 1 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});

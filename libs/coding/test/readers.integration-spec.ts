import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { CodedHighlightReader, CodingReadersModule } from '../src';

// The reader synthesis uses, composed through the module it imports, on a real database.
let db: TestDatabase;
let app: INestApplicationContext;
let reader: CodedHighlightReader;

@Module({})
class ReadersOnlyModule {}

let studyId: string;
let segmentId: string;
let responseId: string;
const code: Record<string, string> = {};

const insertHighlight = (
  study: string,
  codeId: string,
  status: string,
  source: { segment?: string; response?: string },
  start: number,
) =>
  db.query(
    `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'x', $9, 'someone')`,
    [
      study,
      codeId,
      source.segment ? 'TRANSCRIPT_SEGMENT' : 'SURVEY_ANSWER',
      source.segment ?? null,
      source.response ?? null,
      source.response ? 'q1' : null,
      start,
      start + 3,
      status,
    ],
  );

beforeAll(async () => {
  db = await createTestDatabase();
  const [ws] = await db.query<{ id: string }>(
    `INSERT INTO workspace (name) VALUES ('W') RETURNING id`,
  );
  [{ id: studyId }] = await db.query<{ id: string }>(
    `INSERT INTO study (workspace_id, name) VALUES ($1, 'S') RETURNING id`,
    [ws.id],
  );
  const [{ id: otherStudyId }] = await db.query<{ id: string }>(
    `INSERT INTO study (workspace_id, name) VALUES ($1, 'O') RETURNING id`,
    [ws.id],
  );
  const [{ id: interviewId }] = await db.query<{ id: string }>(
    `INSERT INTO interview (study_id, title, format) VALUES ($1, 'I', 'PLAIN') RETURNING id`,
    [studyId],
  );
  [{ id: segmentId }] = await db.query<{ id: string }>(
    `INSERT INTO transcript_segment (interview_id, index, text) VALUES ($1, 0, 'Pricing is confusing.') RETURNING id`,
    [interviewId],
  );
  const [{ id: surveyId }] = await db.query<{ id: string }>(
    `INSERT INTO survey (study_id, title, slug, definition, status) VALUES ($1, 'Q', 'q', '{"questions": []}', 'OPEN') RETURNING id`,
    [studyId],
  );
  [{ id: responseId }] = await db.query<{ id: string }>(
    `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers) VALUES ($1, 'r1', 1, true, '{"q1": "Too slow"}') RETURNING id`,
    [surveyId],
  );
  for (const [name, study, category] of [
    ['pricing', studyId, 'PAIN_POINT'],
    ['speed', studyId, 'NEED'],
    ['other', otherStudyId, 'GOAL'],
  ] as const) {
    [{ id: code[name] }] = await db.query<{ id: string }>(
      `INSERT INTO code (study_id, name, category) VALUES ($1, $2, $3) RETURNING id`,
      [study, name, category],
    );
  }
  await insertHighlight(studyId, code.pricing, 'ACCEPTED', { segment: segmentId }, 0);
  await insertHighlight(studyId, code.speed, 'SUGGESTED', { response: responseId }, 1);
  await insertHighlight(studyId, code.pricing, 'REJECTED', { segment: segmentId }, 5);
  await insertHighlight(otherStudyId, code.other, 'ACCEPTED', { segment: segmentId }, 0);

  app = await NestFactory.createApplicationContext(
    {
      module: ReadersOnlyModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)), CodingReadersModule],
    },
    { logger: false },
  );
  reader = app.get(CodedHighlightReader);
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('CodedHighlightReader', () => {
  it("reads a study's accepted and suggested highlights with their codes, never rejected ones or another study's", async () => {
    const rows = await reader.notRejected(studyId);
    expect(rows.sort((a, b) => a.start - b.start)).toEqual([
      {
        codeId: code.pricing,
        codeName: 'pricing',
        category: 'PAIN_POINT',
        sourceType: 'TRANSCRIPT_SEGMENT',
        segmentId,
        responseId: null,
        questionId: null,
        messageId: null,
        start: 0,
        end: 3,
        status: 'ACCEPTED',
      },
      {
        codeId: code.speed,
        codeName: 'speed',
        category: 'NEED',
        sourceType: 'SURVEY_ANSWER',
        segmentId: null,
        responseId,
        questionId: 'q1',
        messageId: null,
        start: 1,
        end: 4,
        status: 'SUGGESTED',
      },
    ]);
  });
});

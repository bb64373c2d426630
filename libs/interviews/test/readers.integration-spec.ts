import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { InterviewReader, InterviewsModule, TranscriptReader } from '../src';

// The readers coding, synthesis and personas use, composed through the module they import, on a real database.
let db: TestDatabase;
let app: INestApplicationContext;
let transcripts: TranscriptReader;
let interviews: InterviewReader;

@Module({})
class ReadersOnlyModule {}

let studyId: string;
let otherStudyId: string;
let p1: string;
const iv: Record<string, string> = {};
const seg: Record<string, string> = {};

const insertInterview = async (
  name: string,
  study: string,
  participant: string | null,
  createdAt: string,
) => {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO interview (study_id, participant_id, title, format, created_at) VALUES ($1, $2, $3, 'PLAIN', $4) RETURNING id`,
    [study, participant, name, createdAt],
  );
  iv[name] = row.id;
};
const insertSegment = async (
  name: string,
  interview: string,
  index: number,
  text: string,
  isInterviewer = false,
) => {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO transcript_segment (interview_id, index, speaker, start_ms, text, is_interviewer) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [iv[interview], index, isInterviewer ? 'Dan' : 'P', index * 1000, text, isInterviewer],
  );
  seg[name] = row.id;
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
  [{ id: p1 }] = await db.query<{ id: string }>(
    `INSERT INTO participant (study_id, label) VALUES ($1, 'P1') RETURNING id`,
    [studyId],
  );
  // "later" is inserted first: interviews come oldest first, not in insertion order.
  await insertInterview('later', studyId, null, '2026-02-01T00:00:00Z');
  await insertInterview('earlier', studyId, p1, '2026-01-01T00:00:00Z');
  await insertInterview('elsewhere', otherStudyId, null, '2026-01-01T00:00:00Z');
  await insertSegment('later0', 'later', 0, 'Later, first turn.');
  await insertSegment('earlier1', 'earlier', 1, 'Earlier, second turn.');
  await insertSegment('earlierQ', 'earlier', 0, 'What do you do?', true);
  await insertSegment('earlier2', 'earlier', 2, 'Earlier, third turn.');
  await insertSegment('elsewhere0', 'elsewhere', 0, 'Another study.');

  app = await NestFactory.createApplicationContext(
    {
      module: ReadersOnlyModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)), InterviewsModule],
    },
    { logger: false },
  );
  transcripts = app.get(TranscriptReader);
  interviews = app.get(InterviewReader);
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('TranscriptReader', () => {
  it("reads a study's participant turns, oldest interview first, in transcript order, never the interviewer's", async () => {
    expect(await transcripts.participantTurns(studyId)).toEqual([
      {
        id: seg.earlier1,
        text: 'Earlier, second turn.',
        interviewId: iv.earlier,
        participantId: p1,
        title: 'earlier',
      },
      {
        id: seg.earlier2,
        text: 'Earlier, third turn.',
        interviewId: iv.earlier,
        participantId: p1,
        title: 'earlier',
      },
      {
        id: seg.later0,
        text: 'Later, first turn.',
        interviewId: iv.later,
        participantId: null,
        title: 'later',
      },
    ]);
  });

  it('places segments by id in one call (interviewer turns too), leaving unknown ids out', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const rows = await transcripts.sources([seg.earlierQ, unknown, seg.elsewhere0]);
    expect(rows.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      {
        id: seg.earlierQ,
        text: 'What do you do?',
        isInterviewer: true,
        index: 0,
        speaker: 'Dan',
        startMs: 0,
        interviewId: iv.earlier,
        studyId,
        participantId: p1,
        title: 'earlier',
      },
      {
        id: seg.elsewhere0,
        text: 'Another study.',
        isInterviewer: false,
        index: 0,
        speaker: 'P',
        startMs: 0,
        interviewId: iv.elsewhere,
        studyId: otherStudyId,
        participantId: null,
        title: 'elsewhere',
      },
    ]);
    expect(await transcripts.source(unknown)).toBeUndefined();
    expect(await transcripts.sources([])).toEqual([]);
  });

  it('maps segments to interviews and interviews to all their segments', async () => {
    const of = await transcripts.interviewsOfSegments([seg.later0, seg.earlierQ]);
    expect(new Map(of.map((r) => [r.segmentId, r.interviewId]))).toEqual(
      new Map([
        [seg.later0, iv.later],
        [seg.earlierQ, iv.earlier],
      ]),
    );
    const all = await transcripts.segmentsOfInterviews([iv.earlier]);
    expect(all.map((r) => r.segmentId)).toEqual([seg.earlierQ, seg.earlier1, seg.earlier2].sort());
    expect(all.every((r) => r.interviewId === iv.earlier)).toBe(true);
    expect(await transcripts.segmentsOfInterviews([])).toEqual([]);
  });
});

describe('InterviewReader', () => {
  it("finds a study's interviews by participant or by id, oldest first, never another study's", async () => {
    expect(await interviews.forParticipantsOrIds(studyId, [p1], [iv.later, iv.elsewhere])).toEqual([
      { id: iv.earlier, studyId, participantId: p1, title: 'earlier' },
      { id: iv.later, studyId, participantId: null, title: 'later' },
    ]);
    expect(await interviews.forParticipantsOrIds(studyId, [], [iv.later])).toEqual([
      { id: iv.later, studyId, participantId: null, title: 'later' },
    ]);
    expect(await interviews.forParticipantsOrIds(studyId, [], [])).toEqual([]);
  });
});

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { InterviewEntity } from './interview.entity';

/** An interview row with its number of turns. */
export interface InterviewRow {
  id: string;
  studyId: string;
  participantId: string | null;
  title: string;
  conductedAt: Date | null;
  interviewerSpeakers: string[];
  segmentCount: number;
  /** The customer identifier's salted hash, or null. */
  customerKeyHash: string | null;
}

/** A new interview's fields. */
export interface NewInterview {
  studyId: string;
  participantId: string | null;
  title: string;
  format: string;
  conductedAt: Date | null;
  interviewerSpeakers: string[];
  customerKeyHash?: string | null;
}

/** A new turn of a transcript; its position is its place in the list. */
export interface NewSegment {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
  isInterviewer: boolean;
}

/** A stored turn, as the `TranscriptSegment` model shows it. */
export interface SegmentRow {
  id: string;
  index: number;
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
  isInterviewer: boolean;
}

const SELECT_INTERVIEW = `
  SELECT i.id, i.study_id AS "studyId", i.participant_id AS "participantId", i.title, i.conducted_at AS "conductedAt",
         i.interviewer_speakers AS "interviewerSpeakers", i.customer_key_hash AS "customerKeyHash",
         (SELECT count(*)::int FROM transcript_segment s WHERE s.interview_id = i.id) AS "segmentCount"
    FROM interview i`;

/** The interview and transcript_segment tables: the only code that writes them. */
@Injectable()
export class InterviewRepository {
  constructor(
    @InjectRepository(InterviewEntity) private readonly interviews: Repository<InterviewEntity>,
  ) {}

  /** Runs `fn` in one transaction: an import stores all of itself or nothing. */
  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.interviews.manager.transaction(fn);
  }

  /** Stores an interview and its turns (in the caller's transaction, if given) and answers its id. */
  async insert(
    interview: NewInterview,
    segments: readonly NewSegment[],
    manager: EntityManager = this.interviews.manager,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO interview (study_id, participant_id, title, format, conducted_at, interviewer_speakers, customer_key_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        interview.studyId,
        interview.participantId,
        interview.title,
        interview.format,
        interview.conductedAt,
        interview.interviewerSpeakers,
        interview.customerKeyHash ?? null,
      ],
    );
    // One JSON parameter, not five arrays: JSON.stringify escapes a long turn in one native pass,
    // where pg's array literal escaping of a 3 MB turn of quotes cost ~0.5 s of event loop (GC).
    await manager.query(
      `INSERT INTO transcript_segment (interview_id, index, speaker, start_ms, end_ms, text, is_interviewer)
       SELECT $1, x.i, x.s, x.st, x.en, x.tx, x.iv
         FROM jsonb_to_recordset($2::jsonb) AS x(i int, s text, st int, en int, tx text, iv boolean)`,
      [
        row.id,
        JSON.stringify(
          segments.map((s, i) => ({ i, s: s.speaker, st: s.startMs, en: s.endMs, tx: s.text, iv: s.isInterviewer })),
        ),
      ],
    );
    return row.id;
  }

  /** One interview, or undefined when there is none. */
  async byId(
    id: string,
    manager: EntityManager = this.interviews.manager,
  ): Promise<InterviewRow | undefined> {
    const [row]: InterviewRow[] = await manager.query(`${SELECT_INTERVIEW} WHERE i.id = $1`, [id]);
    return row;
  }

  /** Sets an interview's customer hash and participant (in the caller's transaction). */
  async setCustomer(
    id: string,
    customerKeyHash: string | null,
    participantId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE interview SET customer_key_hash = $2, participant_id = $3 WHERE id = $1`,
      [id, customerKeyHash, participantId],
    );
  }

  /** The interview row locked for update in the caller's transaction, or undefined. */
  async lockById(id: string, manager: EntityManager): Promise<InterviewRow | undefined> {
    await manager.query(`SELECT 1 FROM interview WHERE id = $1 FOR UPDATE`, [id]);
    return this.byId(id, manager);
  }

  /** The study an interview belongs to, or undefined when there is no such interview. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.interviews.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /** A study's interviews, newest first. */
  async listForStudy(studyId: string): Promise<InterviewRow[]> {
    return this.interviews.query(
      `${SELECT_INTERVIEW} WHERE i.study_id = $1 ORDER BY i.created_at DESC, i.id`,
      [studyId],
    );
  }

  /** The interviews of each of these studies, in one query; per study newest first. */
  async listForStudies(studyIds: readonly string[]): Promise<InterviewRow[]> {
    if (!studyIds.length) return [];
    return this.interviews.query(
      `${SELECT_INTERVIEW} WHERE i.study_id = ANY($1::uuid[]) ORDER BY i.created_at DESC, i.id`,
      [[...new Set(studyIds)]],
    );
  }

  /** The turns of each of these interviews, in one query; per interview in order. */
  async segmentsOfMany(
    interviewIds: readonly string[],
  ): Promise<(SegmentRow & { interviewId: string })[]> {
    if (!interviewIds.length) return [];
    return this.interviews.query(
      `SELECT interview_id AS "interviewId", id, index, speaker, start_ms AS "startMs", end_ms AS "endMs", text,
              is_interviewer AS "isInterviewer"
         FROM transcript_segment WHERE interview_id = ANY($1::uuid[]) ORDER BY interview_id, index`,
      [[...new Set(interviewIds)]],
    );
  }

  /** An interview's turns, in order. */
  async segments(interviewId: string): Promise<SegmentRow[]> {
    return this.interviews.query(
      `SELECT id, index, speaker, start_ms AS "startMs", end_ms AS "endMs", text, is_interviewer AS "isInterviewer"
         FROM transcript_segment WHERE interview_id = $1 ORDER BY index`,
      [interviewId],
    );
  }
}

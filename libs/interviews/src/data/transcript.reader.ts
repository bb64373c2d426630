import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TranscriptSegmentEntity } from './transcript-segment.entity';

/** A participant's turn (never the interviewer's), with the interview it belongs to. */
export interface ParticipantTurn {
  id: string;
  text: string;
  interviewId: string;
  /** The interviewee, when the interview is linked to a participant. */
  participantId: string | null;
  /** The interview's title. */
  title: string;
}

/** A segment with what a reader of its text needs to place it: study, interview, speaker, position. */
export interface SegmentSource {
  id: string;
  text: string;
  isInterviewer: boolean;
  /** Position in the transcript, from 0. */
  index: number;
  speaker: string | null;
  startMs: number | null;
  interviewId: string;
  studyId: string;
  participantId: string | null;
  /** The interview's title. */
  title: string;
}

/** Which interview a segment belongs to. */
export interface SegmentOfInterview {
  segmentId: string;
  interviewId: string;
}

/**
 * Read-only access to transcript turns for the libs above interviews (coding, synthesis, personas).
 * Every method is one query, whatever the number of ids.
 */
@Injectable()
export class TranscriptReader {
  constructor(
    @InjectRepository(TranscriptSegmentEntity)
    private readonly segments: Repository<TranscriptSegmentEntity>,
  ) {}

  /** The participant turns of a study's interviews (interviewer turns left out), oldest interview first, in transcript order. */
  async participantTurns(studyId: string): Promise<ParticipantTurn[]> {
    return this.segments.query(
      `SELECT s.id, s.text, i.id AS "interviewId", i.participant_id AS "participantId", i.title
         FROM transcript_segment s JOIN interview i ON i.id = s.interview_id
        WHERE i.study_id = $1 AND NOT s.is_interviewer ORDER BY i.created_at, i.id, s.index`,
      [studyId],
    );
  }

  /** The segments with these ids (unknown ids are left out), with their interview and study. */
  async sources(segmentIds: readonly string[]): Promise<SegmentSource[]> {
    if (!segmentIds.length) return [];
    return this.segments.query(
      `SELECT s.id, s.text, s.is_interviewer AS "isInterviewer", s.index, s.speaker, s.start_ms AS "startMs",
              i.id AS "interviewId", i.study_id AS "studyId", i.participant_id AS "participantId", i.title
         FROM transcript_segment s JOIN interview i ON i.id = s.interview_id WHERE s.id = ANY($1::uuid[])`,
      [segmentIds],
    );
  }

  /** One segment with its interview and study, or undefined when there is none. */
  async source(segmentId: string): Promise<SegmentSource | undefined> {
    const [row] = await this.sources([segmentId]);
    return row;
  }

  /** The interview of each of these segments (unknown ids are left out). */
  async interviewsOfSegments(segmentIds: readonly string[]): Promise<SegmentOfInterview[]> {
    if (!segmentIds.length) return [];
    return this.segments.query(
      'SELECT id AS "segmentId", interview_id AS "interviewId" FROM transcript_segment WHERE id = ANY($1::uuid[])',
      [segmentIds],
    );
  }

  /** Every segment of these interviews (interviewer turns included), by segment id. */
  async segmentsOfInterviews(interviewIds: readonly string[]): Promise<SegmentOfInterview[]> {
    if (!interviewIds.length) return [];
    return this.segments.query(
      'SELECT id AS "segmentId", interview_id AS "interviewId" FROM transcript_segment WHERE interview_id = ANY($1::uuid[]) ORDER BY id',
      [interviewIds],
    );
  }
}

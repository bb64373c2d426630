import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InterviewEntity } from './interview.entity';

/** An interview as other libs list it: who was interviewed and under which title. */
export interface InterviewSummary {
  id: string;
  studyId: string;
  participantId: string | null;
  title: string;
}

/** Read-only access to interviews for the libs above interviews (personas, synthesis). */
@Injectable()
export class InterviewReader {
  constructor(
    @InjectRepository(InterviewEntity) private readonly interviews: Repository<InterviewEntity>,
  ) {}

  /**
   * The study's interviews of these participants or with these ids (one query), oldest first.
   * Ids of other studies are left out.
   */
  async forParticipantsOrIds(
    studyId: string,
    participantIds: readonly string[],
    interviewIds: readonly string[],
  ): Promise<InterviewSummary[]> {
    if (!participantIds.length && !interviewIds.length) return [];
    return this.interviews.query(
      `SELECT id, study_id AS "studyId", participant_id AS "participantId", title FROM interview
        WHERE study_id = $1 AND (participant_id = ANY($2::uuid[]) OR id = ANY($3::uuid[]))
        ORDER BY created_at, id`,
      [studyId, participantIds, interviewIds],
    );
  }

  /**
   * When each of the study's interviews took place (its conducted date, else when it was added),
   * with its participant: serves synthesis's persona tracking (share by month).
   */
  datesOfStudy(studyId: string): Promise<{ id: string; participantId: string | null; at: Date }[]> {
    return this.interviews.query(
      `SELECT id, participant_id AS "participantId", coalesce(conducted_at, created_at) AS at
         FROM interview WHERE study_id = $1`,
      [studyId],
    );
  }
}

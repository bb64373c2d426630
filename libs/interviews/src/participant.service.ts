import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Pseudonymous participants of a study: one label links an interviewee and a survey respondent. */
@Injectable()
export class ParticipantService {
  /** The participant with this label in the study, created on first use (safe under concurrency). */
  async findOrCreate(tx: EntityManager, studyId: string, label: string): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO participant (study_id, label) VALUES ($1, $2)
       ON CONFLICT (study_id, label) DO UPDATE SET label = EXCLUDED.label
       RETURNING id`,
      [studyId, label.trim()],
    );
    return rows[0].id;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Participant } from './models/participant.model';

/** Pseudonymous participants of a study: one label links an interviewee and a survey respondent. */
@Injectable()
export class ParticipantService {
  constructor(private readonly db: DataSource) {}

  /** The participant with this label in the study, created on first use (safe under concurrency); runs in the caller's transaction. */
  async findOrCreate(tx: EntityManager, studyId: string, label: string): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO participant (study_id, label) VALUES ($1, $2)
       ON CONFLICT (study_id, label) DO UPDATE SET label = EXCLUDED.label
       RETURNING id`,
      [studyId, label.trim()],
    );
    return rows[0].id;
  }

  /** The study's participants by label; the caller has already checked access to the study. */
  async listForStudy(studyId: string): Promise<Participant[]> {
    return this.db.query(
      'SELECT id, label, attributes FROM participant WHERE study_id = $1 ORDER BY label',
      [studyId],
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { Transaction } from '@persona-lab/auth';
import { ParticipantRepository } from './data/participant.repository';
import type { Participant } from './models/participant.model';

/** Pseudonymous participants of a study: one label links an interviewee and a survey respondent. */
@Injectable()
export class ParticipantService {
  constructor(private readonly participants: ParticipantRepository) {}

  /** The participant with this label in the study, created on first use (safe under concurrency); runs in the caller's transaction. */
  findOrCreate(tx: Transaction, studyId: string, label: string): Promise<string> {
    return this.participants.findOrCreate(studyId, label.trim(), tx);
  }

  /** The study's participants by label; the caller has already checked access to the study. */
  listForStudy(studyId: string): Promise<Participant[]> {
    return this.participants.listForStudy(studyId);
  }
}

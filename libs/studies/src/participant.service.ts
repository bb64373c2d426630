import { Injectable } from '@nestjs/common';
import { batchLoad, type Transaction } from '@persona-lab/auth';
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

  /** `listForStudy` for a field resolved once per study: one query per tick of the GraphQL request `ctx`. */
  listForStudyBatched(ctx: object, studyId: string): Promise<Participant[]> {
    return batchLoad(
      ctx,
      'studies.participants',
      (ids: readonly string[]) => this.listForStudies(ids),
      studyId,
    );
  }

  private async listForStudies(studyIds: readonly string[]): Promise<Participant[][]> {
    const byStudy = new Map<string, Participant[]>(studyIds.map((id) => [id, []]));
    for (const { studyId, ...participant } of await this.participants.listForStudies(studyIds))
      byStudy.get(studyId)?.push(participant);
    return studyIds.map((id) => byStudy.get(id)!);
  }
}

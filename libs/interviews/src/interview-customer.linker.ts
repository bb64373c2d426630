import { Injectable } from '@nestjs/common';
import type { Transaction } from '@persona-lab/auth';
import { customerLabel } from '@persona-lab/privacy/customer-key';
import { ParticipantKeyService } from '@persona-lab/studies';

/**
 * How an interview's customer identifier reaches a participant: the app's customer keys
 * (`CustomerKeysModule`), which only `InterviewsApiModule.forRoot({ customerKeys })` can inject.
 * `InterviewService` takes it as an argument, so the fixed `InterviewsModule` other libs import
 * needs no secret.
 */
@Injectable()
export class InterviewCustomerLinker {
  constructor(private readonly keys: ParticipantKeyService) {}

  /** The study's salted hash of a customer identifier (the only form stored). */
  hash(studyId: string, raw: string): string {
    return this.keys.hash(studyId, raw);
  }

  /** The participant already linked to this hash (a survey, ticket or interview named it first), or null. */
  async linked(studyId: string, keyHash: string, tx: Transaction): Promise<string | null> {
    return (await this.keys.find(studyId, [keyHash], tx)).get(keyHash) ?? null;
  }

  /**
   * The hash's participant after registering it: for `participantId` when given (the interview's
   * interviewee), else a new participant labelled "Customer 3f9a1c". A concurrent link of the same
   * hash wins over ours, and its participant is answered.
   */
  async register(
    studyId: string,
    keyHash: string,
    participantId: string | null,
    tx: Transaction,
  ): Promise<string> {
    if (participantId) return this.keys.attach(studyId, keyHash, participantId, tx);
    const linked = await this.keys.link(studyId, [{ keyHash, label: customerLabel(keyHash) }], tx);
    return linked.get(keyHash)!;
  }
}

import { Injectable } from '@nestjs/common';
import { ParticipantRepository, type ParticipantRow } from './participant.repository';

/**
 * A study's own participants for the libs above studies (personas, synthesis), where ids come from
 * stored content and must not reach another study's people: ids in, rows out, one query.
 */
@Injectable()
export class StudyParticipantsReader {
  constructor(private readonly participants: ParticipantRepository) {}

  /**
   * The participants of the study with these ids (id, label, attributes), in one query; unknown
   * ids and other studies' participants are left out, order is not kept.
   */
  ofStudy(studyId: string, ids: readonly string[]): Promise<ParticipantRow[]> {
    return this.participants.ofStudy(studyId, ids);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A participant as other libs show it. */
export interface ParticipantSummary {
  id: string;
  label: string;
  attributes: unknown;
}

/** Read-only access to participants for the libs above studies (interviews, surveys, coding, synthesis, personas). */
@Injectable()
export class ParticipantReader {
  constructor(private readonly db: DataSource) {}

  /** The participants with these ids (unknown ids are left out), in one query. */
  async byIds(ids: readonly string[]): Promise<ParticipantSummary[]> {
    if (!ids.length) return [];
    return this.db.query(
      'SELECT id, label, attributes FROM participant WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }
}

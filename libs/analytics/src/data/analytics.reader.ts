import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { BehaviourFeature } from '../summary/render';
import { AnalyticsSummaryEntity } from './analytics-summary.entity';

/** A linked participant's rendered behaviour summary: the verbatim source text of behaviour traits. */
export interface BehaviourSummaryRow {
  /** analytics_summary.id */
  id: string;
  studyId: string;
  importId: string;
  participantId: string;
  /** The rendered summary: immutable; evidence quotes slices of it. */
  text: string;
  /** Each feature with the span (`start`, `end`) of its sentence in `text`. */
  features: BehaviourFeature[];
  createdAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SELECT = `
  SELECT s.id, s.study_id AS "studyId", s.import_id AS "importId", s.participant_id AS "participantId",
         s.text, s.features, s.created_at AS "createdAt"
    FROM analytics_summary s`;

/** Read access to behaviour summaries for other libs (synthesis, personas' evidence); one query per call. */
@Injectable()
export class AnalyticsReader {
  constructor(
    @InjectRepository(AnalyticsSummaryEntity)
    private readonly summaries: Repository<AnalyticsSummaryEntity>,
  ) {}

  /** The newest summary of every linked participant of a study (from the latest import that has one). */
  linkedSummaries(studyId: string): Promise<BehaviourSummaryRow[]> {
    return this.summaries.query(
      `SELECT DISTINCT ON (x."participantId") x.* FROM (${SELECT} WHERE s.study_id = $1) x
        ORDER BY x."participantId", x."createdAt" DESC, x.id`,
      [studyId],
    );
  }

  /** The newest summary of each participant given (absent for one without), in one query. */
  latestOfParticipants(participantIds: readonly string[]): Promise<BehaviourSummaryRow[]> {
    return this.summaries.query(
      `SELECT DISTINCT ON (x."participantId") x.* FROM (${SELECT} WHERE s.participant_id = ANY($1::uuid[])) x
        ORDER BY x."participantId", x."createdAt" DESC, x.id`,
      [participantIds],
    );
  }

  /** Summaries by id, in one query whatever the number of ids. */
  byIds(ids: readonly string[]): Promise<BehaviourSummaryRow[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return Promise.resolve([]);
    return this.summaries.query(`${SELECT} WHERE s.id = ANY($1::uuid[])`, [valid]);
  }
}

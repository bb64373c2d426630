import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keysetCondition, keysetParams, type TextSearchWindow } from '@persona-lab/db';
import { TranscriptSegmentEntity } from './transcript-segment.entity';

/** A transcript turn that matches a search, with what a result needs to show and link it. */
export interface TranscriptSearchRow {
  /** The segment id (the row key of the search order). */
  key: string;
  rank: number;
  segmentId: string;
  interviewId: string;
  studyId: string;
  /** The interview's title. */
  title: string;
  speaker: string | null;
  isInterviewer: boolean;
  /** Position in the transcript, from 0. */
  index: number;
  startMs: number | null;
  text: string;
}

/**
 * Full-text search over transcript turns (interviewer and interviewee turns alike; the row says
 * which), through `transcript_segment.search_tsv` and its GIN index. Reads only interviews' tables.
 */
@Injectable()
export class TranscriptSearchReader {
  constructor(
    @InjectRepository(TranscriptSegmentEntity)
    private readonly segments: Repository<TranscriptSegmentEntity>,
  ) {}

  /** Matching turns of the window's studies (only `segmentIds` when given), best first. */
  search(
    w: TextSearchWindow,
    segmentIds?: readonly string[] | null,
  ): Promise<TranscriptSearchRow[]> {
    if (!w.studyIds.length || segmentIds?.length === 0) return Promise.resolve([]);
    return this.segments.query(
      `SELECT x.* FROM (
         SELECT s.id::text AS key, ts_rank_cd(s.search_tsv, q, 1) AS rank, s.id AS "segmentId",
                s.interview_id AS "interviewId", i.study_id AS "studyId", i.title, s.speaker,
                s.is_interviewer AS "isInterviewer", s.index, s.start_ms AS "startMs", s.text
           FROM transcript_segment s JOIN interview i ON i.id = s.interview_id,
                websearch_to_tsquery('english', $2) q
          WHERE s.search_tsv @@ q AND i.study_id = ANY($1::uuid[])
            AND ($6::uuid[] IS NULL OR s.id = ANY($6::uuid[]))
       ) x
       WHERE ${keysetCondition('$3', '$4')}
       ORDER BY x.rank DESC, x.key COLLATE "C" LIMIT $5`,
      [w.studyIds, w.query, ...keysetParams(w), w.limit, segmentIds ?? null],
    );
  }
}

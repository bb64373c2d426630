import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CodeCategory } from '../models/coding.model';
import { HighlightEntity } from './highlight.entity';

/** A highlight with the name and category of its code: what synthesis reads of a study's coding. */
export interface CodedHighlight {
  codeId: string;
  codeName: string;
  category: CodeCategory;
  sourceType: 'TRANSCRIPT_SEGMENT' | 'SURVEY_ANSWER' | 'FEEDBACK_MESSAGE';
  segmentId: string | null;
  responseId: string | null;
  questionId: string | null;
  /** The feedback message (FEEDBACK_MESSAGE). */
  messageId: string | null;
  start: number;
  end: number;
  status: 'ACCEPTED' | 'SUGGESTED';
}

/** Read-only access to a study's coding for the libs above coding (synthesis, personas). */
@Injectable()
export class CodedHighlightReader {
  constructor(
    @InjectRepository(HighlightEntity) private readonly highlights: Repository<HighlightEntity>,
  ) {}

  /** Every highlight of the study that nobody rejected (accepted and suggested ones), with its code, in one query. */
  async notRejected(studyId: string): Promise<CodedHighlight[]> {
    return this.highlights.query(
      `SELECT h.code_id AS "codeId", c.name AS "codeName", c.category, h.source_type AS "sourceType", h.segment_id AS "segmentId",
              h.response_id AS "responseId", h.question_id AS "questionId", h.message_id AS "messageId", h.start_offset AS start, h.end_offset AS "end", h.status
         FROM highlight h JOIN code c ON c.id = h.code_id WHERE h.study_id = $1 AND h.status IN ('ACCEPTED', 'SUGGESTED')`,
      [studyId],
    );
  }
}

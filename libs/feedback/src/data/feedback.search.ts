import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keysetCondition, keysetParams, type TextSearchWindow } from '@persona-lab/db';
import { FeedbackMessageEntity } from './feedback-message.entity';

/** A feedback message that matches a search, with what a result needs to show and link it. */
export interface FeedbackSearchRow {
  /** The message id (the row key of the search order). */
  key: string;
  rank: number;
  messageId: string;
  conversationId: string;
  studyId: string;
  /** The conversation's title, e.g. "Zendesk ticket 4521". */
  title: string;
  role: 'CUSTOMER' | 'AGENT';
  /** Position in the conversation, from 0. */
  index: number;
  text: string;
}

/**
 * Full-text search over feedback messages (customer and agent messages alike; the row says which),
 * through `feedback_message.search_tsv` and its GIN index. Reads only feedback's tables.
 */
@Injectable()
export class FeedbackSearchReader {
  constructor(
    @InjectRepository(FeedbackMessageEntity)
    private readonly messages: Repository<FeedbackMessageEntity>,
  ) {}

  /** Matching messages of the window's studies (only `messageIds` when given), best first. */
  search(w: TextSearchWindow, messageIds?: readonly string[] | null): Promise<FeedbackSearchRow[]> {
    if (!w.studyIds.length || messageIds?.length === 0) return Promise.resolve([]);
    return this.messages.query(
      `SELECT x.* FROM (
         SELECT m.id::text AS key, ts_rank_cd(m.search_tsv, q, 1) AS rank, m.id AS "messageId",
                m.conversation_id AS "conversationId", m.study_id AS "studyId", c.title, m.role,
                m.index, m.text
           FROM feedback_message m JOIN feedback_conversation c ON c.id = m.conversation_id,
                websearch_to_tsquery('english', $2) q
          WHERE m.search_tsv @@ q AND m.study_id = ANY($1::uuid[])
            AND ($6::uuid[] IS NULL OR m.id = ANY($6::uuid[]))
       ) x
       WHERE ${keysetCondition('$3', '$4')}
       ORDER BY x.rank DESC, x.key COLLATE "C" LIMIT $5`,
      [w.studyIds, w.query, ...keysetParams(w), w.limit, messageIds ?? null],
    );
  }
}

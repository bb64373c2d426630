import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FeedbackMessageEntity } from './feedback-message.entity';

/** A feedback message placed in its conversation and study, for the libs above feedback. */
export interface FeedbackMessageRow {
  /** feedback_message.id */
  id: string;
  studyId: string;
  conversationId: string;
  participantId: string | null;
  /** 0-based position in its conversation. */
  index: number;
  role: 'CUSTOMER' | 'AGENT';
  /** The immutable source text. */
  text: string;
  sentAt: Date | null;
  /** A readable place, e.g. "Zendesk ticket 4521" or "Review ★2 “Crashes on launch”". */
  title: string;
  kind: 'SUPPORT' | 'REVIEW' | 'FEEDBACK';
}

const COLUMNS = `m.id, m.study_id AS "studyId", m.conversation_id AS "conversationId",
  c.participant_id AS "participantId", m.index, m.role, m.text, m.sent_at AS "sentAt", c.title, c.kind`;

/**
 * Read-only access to feedback messages for coding, themes, synthesis, search and the evidence
 * drawer. Every method is one query, whatever the number of ids.
 */
@Injectable()
export class FeedbackReader {
  constructor(
    @InjectRepository(FeedbackMessageEntity)
    private readonly messages: Repository<FeedbackMessageEntity>,
  ) {}

  /** CUSTOMER messages of a study (never agent turns), by conversation (oldest first) then index. */
  customerMessages(studyId: string): Promise<FeedbackMessageRow[]> {
    return this.messages.query(
      `SELECT ${COLUMNS}
         FROM feedback_message m JOIN feedback_conversation c ON c.id = m.conversation_id
        WHERE m.study_id = $1 AND m.role = 'CUSTOMER'
        ORDER BY c.created_at NULLS LAST, c.import_id, c.position, m.index`,
      [studyId],
    );
  }

  /** The messages with these ids, any role (unknown ids are left out). */
  byIds(ids: readonly string[]): Promise<FeedbackMessageRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.messages.query(
      `SELECT ${COLUMNS}
         FROM feedback_message m JOIN feedback_conversation c ON c.id = m.conversation_id
        WHERE m.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
  }

  /** One message with its conversation and study, or null. */
  async source(messageId: string): Promise<FeedbackMessageRow | null> {
    const [row] = await this.byIds([messageId]);
    return row ?? null;
  }
}

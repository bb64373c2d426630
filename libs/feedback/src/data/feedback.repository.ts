import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { conflict } from '@persona-lab/errors';
import { ParticipantKeyService } from '@persona-lab/studies';

/** A conversation to insert (its id made by the caller, so its messages can point at it). */
export interface NewConversation {
  id: string;
  position: number;
  kind: string;
  externalId: string | null;
  title: string;
  rating: number | null;
  createdAt: Date | null;
  customerKeyHash: string | null;
  /** Label of the participant created for a new customer: "Customer 3f9a1c". */
  customerLabel: string | null;
}

export interface NewMessage {
  conversationId: string;
  index: number;
  role: 'CUSTOMER' | 'AGENT';
  text: string;
  sentAt: Date | null;
}

export interface ImportProgress {
  bytesRead: number;
  rowsRead: number;
  conversationCount: number;
  messageCount: number;
  emptyDropped: number;
  datesUnparsed: number;
}

export interface FeedbackImportRow {
  id: string;
  studyId: string;
  kind: string;
  format: string;
  fileName: string;
  status: string;
  bytesTotal: number | null;
  bytesRead: number;
  rowsRead: number;
  conversationCount: number;
  messageCount: number;
  emptyDropped: number;
  datesUnparsed: number;
  warnings: string[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface FeedbackConversationRow {
  id: string;
  studyId: string;
  importId: string;
  kind: string;
  title: string;
  rating: number | null;
  createdAt: Date | null;
  participantId: string | null;
  customerKeyHash: string | null;
  messageCount: number;
}

export interface FeedbackMessageListRow {
  id: string;
  conversationId: string;
  index: number;
  role: 'CUSTOMER' | 'AGENT';
  text: string;
  sentAt: Date | null;
}

const IMPORT_COLUMNS = `id, study_id AS "studyId", kind, format, file_name AS "fileName", status,
  bytes_total::float8 AS "bytesTotal", bytes_read::float8 AS "bytesRead", rows_read AS "rowsRead",
  conversation_count AS "conversationCount", message_count AS "messageCount", empty_dropped AS "emptyDropped",
  dates_unparsed AS "datesUnparsed", warnings, error, created_at AS "createdAt", finished_at AS "finishedAt"`;

/** The sentence of a CONFLICT for a file the study already has (checked up front and at the end). */
export const DUPLICATE_FILE = 'This file has already been imported into this study; it was not imported again.';

/** An upload still RECEIVING after this long was abandoned (its process stopped): it may be deleted. */
export const STALE_UPLOAD_MINUTES = 60;

/** The feedback tables: the only code that writes them (readers for other libs are in feedback.reader.ts). */
@Injectable()
export class FeedbackRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly keys: ParticipantKeyService,
  ) {}

  async createImport(i: {
    studyId: string;
    kind: string;
    format: string;
    fileName: string;
    bytesTotal: number | null;
    createdBy: string;
  }): Promise<string> {
    const [row] = await this.ds.query(
      `INSERT INTO feedback_import (study_id, kind, format, file_name, bytes_total, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [i.studyId, i.kind, i.format, i.fileName, i.bytesTotal, i.createdBy],
    );
    return row.id;
  }

  /** Sets the format and column mapping once the first rows are read. */
  async setPlan(importId: string, format: string, mapping: Record<string, unknown> | null): Promise<void> {
    await this.ds.query('UPDATE feedback_import SET format = $2, mapping = $3 WHERE id = $1', [importId, format, mapping]);
  }

  /**
   * One batch in one transaction: customers linked to participants (one statement pair for the
   * whole batch), conversations and messages inserted set-based, progress recorded.
   */
  async writeBatch(
    importId: string,
    studyId: string,
    conversations: NewConversation[],
    messages: NewMessage[],
    progress: ImportProgress,
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      const entries = conversations
        .filter((c) => c.customerKeyHash)
        .map((c) => ({ keyHash: c.customerKeyHash!, label: c.customerLabel ?? 'Customer' }));
      const links = await this.keys.link(studyId, entries, m);
      if (conversations.length)
        await m.query(
          `INSERT INTO feedback_conversation (id, study_id, import_id, position, kind, external_id, title, rating, created_at, participant_id, customer_key_hash)
           SELECT u.id, $1, $2, u.position, u.kind, u.external_id, u.title, u.rating, u.created_at, u.participant_id, u.key_hash
             FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::smallint[], $9::timestamptz[], $10::uuid[], $11::text[])
               AS u(id, position, kind, external_id, title, rating, created_at, participant_id, key_hash)`,
          [
            studyId,
            importId,
            conversations.map((c) => c.id),
            conversations.map((c) => c.position),
            conversations.map((c) => c.kind),
            conversations.map((c) => c.externalId),
            conversations.map((c) => c.title),
            conversations.map((c) => c.rating),
            conversations.map((c) => c.createdAt),
            conversations.map((c) => (c.customerKeyHash ? (links.get(c.customerKeyHash) ?? null) : null)),
            conversations.map((c) => c.customerKeyHash),
          ],
        );
      if (messages.length)
        await m.query(
          `INSERT INTO feedback_message (conversation_id, study_id, index, role, text, sent_at)
           SELECT u.conversation_id, $1, u.index, u.role, u.text, u.sent_at
             FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::timestamptz[]) AS u(conversation_id, index, role, text, sent_at)`,
          [
            studyId,
            messages.map((x) => x.conversationId),
            messages.map((x) => x.index),
            messages.map((x) => x.role),
            messages.map((x) => x.text),
            messages.map((x) => x.sentAt),
          ],
        );
      await this.progress(importId, progress, m.query.bind(m));
    });
  }

  /** Records how far the import got (GraphQL shows it while the upload runs). */
  async progress(
    importId: string,
    p: ImportProgress,
    query: (sql: string, params: unknown[]) => Promise<unknown> = (s, v) => this.ds.query(s, v),
  ): Promise<void> {
    await query(
      `UPDATE feedback_import SET bytes_read = $2, rows_read = $3, conversation_count = $4, message_count = $5,
              empty_dropped = $6, dates_unparsed = $7 WHERE id = $1`,
      [importId, p.bytesRead, p.rowsRead, p.conversationCount, p.messageCount, p.emptyDropped, p.datesUnparsed],
    );
  }

  /**
   * Marks the import done with its content hash. The same file already imported into the study
   * (same hash) is a CONFLICT: this import and everything it wrote are deleted first.
   */
  async finish(importId: string, contentHash: string, p: ImportProgress, warnings: string[]): Promise<void> {
    try {
      await this.ds.query(
        `UPDATE feedback_import SET status = 'DONE', content_hash = $2, warnings = $3::jsonb, finished_at = now(),
                bytes_read = $4, rows_read = $5, conversation_count = $6, message_count = $7, empty_dropped = $8, dates_unparsed = $9
          WHERE id = $1`,
        [importId, contentHash, JSON.stringify(warnings), p.bytesRead, p.rowsRead, p.conversationCount, p.messageCount, p.emptyDropped, p.datesUnparsed],
      );
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await this.deleteImport(importId);
      throw conflict(DUPLICATE_FILE);
    }
  }

  /** Whether this content was already imported into the study (a cheap check before reading a file twice). */
  async hashTaken(studyId: string, contentHash: string): Promise<boolean> {
    const rows = await this.ds.query('SELECT 1 FROM feedback_import WHERE study_id = $1 AND content_hash = $2', [studyId, contentHash]);
    return rows.length > 0;
  }

  /** A failed import keeps nothing but its row and the sentence saying why. */
  async fail(importId: string, error: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query('DELETE FROM feedback_conversation WHERE import_id = $1', [importId]);
      await m.query(
        `UPDATE feedback_import SET status = 'FAILED', error = $2, finished_at = now(), conversation_count = 0, message_count = 0 WHERE id = $1`,
        [importId, error],
      );
    });
  }

  /**
   * Deletes a finished (or failed) import with its conversations and messages, in one statement:
   * 'RUNNING' when the import is still receiving its file (an upload begun in the last
   * `STALE_UPLOAD_MINUTES`; an older one was abandoned by a stopped process and may go),
   * 'GONE' when there is no such import.
   */
  async deleteSettledImport(importId: string): Promise<'DELETED' | 'RUNNING' | 'GONE'> {
    const [row]: { deleted: boolean }[] = await this.ds.query(
      `WITH target AS (SELECT id, status, created_at FROM feedback_import WHERE id = $1 FOR UPDATE),
            gone AS (
              DELETE FROM feedback_import f USING target t
               WHERE f.id = t.id
                 AND (t.status <> 'RECEIVING' OR t.created_at < now() - make_interval(mins => $2))
              RETURNING f.id)
       SELECT EXISTS (SELECT 1 FROM gone) AS deleted FROM target`,
      [importId, STALE_UPLOAD_MINUTES],
    );
    if (!row) return 'GONE';
    return row.deleted ? 'DELETED' : 'RUNNING';
  }

  /** Deletes an import with its conversations and messages (cascade). */
  async deleteImport(importId: string): Promise<boolean> {
    const [, count] = await this.ds.query('DELETE FROM feedback_import WHERE id = $1', [importId]);
    return count > 0;
  }

  async importById(id: string): Promise<FeedbackImportRow | null> {
    const [row] = await this.ds.query(`SELECT ${IMPORT_COLUMNS} FROM feedback_import WHERE id = $1`, [id]);
    return row ?? null;
  }

  importsOfStudy(studyId: string): Promise<FeedbackImportRow[]> {
    return this.ds.query(`SELECT ${IMPORT_COLUMNS} FROM feedback_import WHERE study_id = $1 ORDER BY created_at DESC, id`, [studyId]);
  }

  /** The study of an import, a conversation or a message (for access checks), or null. */
  async studyOf(table: 'import' | 'conversation', id: string): Promise<string | null> {
    const sql =
      table === 'import'
        ? 'SELECT study_id FROM feedback_import WHERE id = $1'
        : 'SELECT study_id FROM feedback_conversation WHERE id = $1';
    const [row] = await this.ds.query(sql, [id]);
    return row?.study_id ?? null;
  }

  /** A page of a study's conversations, newest first, optionally of one kind; with the total. */
  async conversations(
    studyId: string,
    kind: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: FeedbackConversationRow[]; total: number }> {
    const items: FeedbackConversationRow[] = await this.ds.query(
      `SELECT c.id, c.study_id AS "studyId", c.import_id AS "importId", c.kind, c.title, c.rating, c.created_at AS "createdAt",
              c.participant_id AS "participantId", c.customer_key_hash AS "customerKeyHash",
              (SELECT count(*)::int FROM feedback_message m WHERE m.conversation_id = c.id) AS "messageCount"
         FROM feedback_conversation c
        WHERE c.study_id = $1 AND ($2::text IS NULL OR c.kind = $2)
        ORDER BY c.created_at DESC NULLS LAST, c.import_id, c.position
        OFFSET $3 LIMIT $4`,
      [studyId, kind, offset, limit],
    );
    const [{ total }] = await this.ds.query(
      'SELECT count(*)::int AS total FROM feedback_conversation WHERE study_id = $1 AND ($2::text IS NULL OR kind = $2)',
      [studyId, kind],
    );
    return { items, total };
  }

  async conversation(id: string): Promise<FeedbackConversationRow | null> {
    const [row] = await this.ds.query(
      `SELECT c.id, c.study_id AS "studyId", c.import_id AS "importId", c.kind, c.title, c.rating, c.created_at AS "createdAt",
              c.participant_id AS "participantId", c.customer_key_hash AS "customerKeyHash",
              (SELECT count(*)::int FROM feedback_message m WHERE m.conversation_id = c.id) AS "messageCount"
         FROM feedback_conversation c WHERE c.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The messages of these conversations, in order (one query whatever the number). */
  messagesOf(conversationIds: readonly string[]): Promise<FeedbackMessageListRow[]> {
    if (!conversationIds.length) return Promise.resolve([]);
    return this.ds.query(
      `SELECT id, conversation_id AS "conversationId", index, role, text, sent_at AS "sentAt"
         FROM feedback_message WHERE conversation_id = ANY($1::uuid[]) ORDER BY conversation_id, index`,
      [[...new Set(conversationIds)]],
    );
  }
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One uploaded export (table `feedback_import`): what it was, how far its processing got, what it held. */
@Entity('feedback_import')
export class FeedbackImportEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  /** SUPPORT | REVIEW | FEEDBACK */
  @Column('text', { name: 'kind' }) kind!: string;
  /** The shape read: ZENDESK_JSON, INTERCOM_JSON, HELPSCOUT_JSON, or a CSV shape. */
  @Column('text', { name: 'format' }) format!: string;
  @Column('text', { name: 'file_name' }) fileName!: string;
  /** SHA-256 of the file's bytes, set when the whole file has been read; unique in a study. */
  @Column('text', { name: 'content_hash', nullable: true }) contentHash!: string | null;
  /** RECEIVING | DONE | FAILED */
  @Column('text', { name: 'status', default: 'RECEIVING' }) status!: string;
  @Column('bigint', { name: 'bytes_total', nullable: true }) bytesTotal!: string | null;
  @Column('bigint', { name: 'bytes_read', default: 0 }) bytesRead!: string;
  @Column('int', { name: 'rows_read', default: 0 }) rowsRead!: number;
  @Column('jsonb', { name: 'mapping', nullable: true }) mapping!: Record<string, unknown> | null;
  @Column('int', { name: 'conversation_count', default: 0 }) conversationCount!: number;
  @Column('int', { name: 'message_count', default: 0 }) messageCount!: number;
  @Column('int', { name: 'empty_dropped', default: 0 }) emptyDropped!: number;
  @Column('int', { name: 'dates_unparsed', default: 0 }) datesUnparsed!: number;
  @Column('jsonb', { name: 'warnings', default: () => "'[]'::jsonb" }) warnings!: string[];
  @Column('text', { name: 'error', nullable: true }) error!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

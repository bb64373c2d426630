import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A ticket, chat, review or piece of feedback (table `feedback_conversation`). */
@Entity('feedback_conversation')
export class FeedbackConversationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'import_id' }) importId!: string;
  /** Order within its import, from 0. */
  @Column('int', { name: 'position' }) position!: number;
  /** SUPPORT | REVIEW | FEEDBACK */
  @Column('text', { name: 'kind' }) kind!: string;
  @Column('text', { name: 'external_id', nullable: true }) externalId!: string | null;
  @Column('text', { name: 'title' }) title!: string;
  @Column('smallint', { name: 'rating', nullable: true }) rating!: number | null;
  /** When the conversation started (its source's date), null when the source had none or it could not be read. */
  @Column('timestamptz', { name: 'created_at', nullable: true }) createdAt!: Date | null;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId!: string | null;
  /** The customer identifier as its salted hash only; the raw value is never stored. */
  @Column('text', { name: 'customer_key_hash', nullable: true }) customerKeyHash!: string | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An imported interview transcript (table `interview`). */
@Entity('interview')
export class InterviewEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId!: string | null;
  @Column('text', { name: 'title' }) title!: string;
  @Column('text', { name: 'format' }) format!: string;
  @Column('timestamptz', { name: 'conducted_at', nullable: true }) conductedAt!: Date | null;
  @Column('text', { name: 'interviewer_speakers', array: true, default: () => "'{}'" })
  interviewerSpeakers!: string[];
  /** The customer identifier as the study's salted hash (never the raw value), or null. */
  @Column('text', { name: 'customer_key_hash', nullable: true }) customerKeyHash!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}

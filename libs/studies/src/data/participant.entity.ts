import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A pseudonymous person in a study; the label is unique within the study. */
@Entity('participant')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'study_id', type: 'uuid' })
  studyId!: string;

  @Column({ name: 'label', type: 'text' })
  label!: string;

  @Column({ name: 'attributes', type: 'jsonb', nullable: true })
  attributes!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

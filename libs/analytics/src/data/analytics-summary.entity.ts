import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A linked participant's rendered behaviour summary for one import (table `analytics_summary`): immutable source text. */
@Entity('analytics_summary')
export class AnalyticsSummaryEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'import_id' }) importId!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'participant_id' }) participantId!: string;
  @Column('text', { name: 'text' }) text!: string;
  @Column('jsonb', { name: 'features' }) features!: unknown;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

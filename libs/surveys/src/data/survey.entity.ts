import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyDefinition } from '@persona-lab/survey-logic';

/** A survey: its current (draft) definition, status and settings (table `survey`). */
@Entity('survey')
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text', { name: 'title' }) title!: string;
  @Column('text', { name: 'description', nullable: true }) description!: string | null;
  @Column('text', { name: 'status', default: 'DRAFT' }) status!: 'DRAFT' | 'OPEN' | 'CLOSED';
  @Column('text', { name: 'slug', unique: true }) slug!: string;
  @Column('int', { name: 'version', default: 1 }) version!: number;
  @Column('jsonb', { name: 'definition' }) definition!: SurveyDefinition;
  @Column('boolean', { name: 'anonymous', default: false }) anonymous!: boolean;
  @Column('timestamptz', { name: 'closes_at', nullable: true }) closesAt!: Date | null;
  @Column('int', { name: 'response_limit', nullable: true }) responseLimit!: number | null;
  @Column('boolean', { name: 'one_question_per_screen', default: true })
  oneQuestionPerScreen!: boolean;
  @Column('boolean', { name: 'unpublished_changes', default: false }) unpublishedChanges!: boolean;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonaStatus } from '../models/persona.model';

/** A persona of a study (table `persona`); what it says lives in its versions. `status` is the latest version's. */
@Entity('persona')
export class PersonaEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text', { name: 'status', default: 'DRAFT' }) status!: PersonaStatus;
  @Column('int', { name: 'latest_version', default: 1 }) latestVersion!: number;
  @Column('int', { name: 'approved_version', nullable: true }) approvedVersion!: number | null;
  /** Engine member ids (`p:<participant>`, `r:<response>`, `i:<interview>`). */
  @Column('jsonb', { name: 'member_ids', default: () => "'[]'" }) memberIds!: string[];
  /** Member id → fit 0..1; {} when synthesis did not say. */
  @Column('jsonb', { name: 'member_fit', default: () => "'{}'" }) memberFit!: Record<
    string,
    number
  >;
  @Column('boolean', { name: 'segment_vanished', default: false }) segmentVanished!: boolean;
  /** A reviewer asked for changes and nobody has submitted since (ReviewState CHANGES_REQUESTED). */
  @Column('boolean', { name: 'changes_requested', default: false }) changesRequested!: boolean;
  @Column('uuid', { name: 'synthesis_run_id', nullable: true }) synthesisRunId!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One participant of a study seen against one synthesis run (table `persona_assignment`): a run
 * member (MEMBER) or a participant who came later (NEWCOMER), with the persona they belong to (null
 * when unassigned), the fit, why, the option and code facts they hold and the date of their data.
 */
@Entity('persona_assignment')
export class PersonaAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'run_id' }) runId!: string;
  /** Engine participant id (`p:<participant>`, `r:<response>`, `i:<interview>`, `c:<conversation>`). */
  @Column('text', { name: 'participant_key' }) participantKey!: string;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId!: string | null;
  @Column('text', { name: 'origin' }) origin!: 'MEMBER' | 'NEWCOMER';
  @Column('uuid', { name: 'persona_id', nullable: true }) personaId!: string | null;
  @Column('text', { name: 'reason' }) reason!: string;
  @Column('double precision', { name: 'fit', default: 0 }) fit!: number;
  @Column('text', { name: 'fact_keys', array: true, default: () => "'{}'" }) factKeys!: string[];
  @Column('timestamptz', { name: 'data_at' }) dataAt!: Date;
  @Column('timestamptz', { name: 'assigned_at', default: () => 'now()' }) assignedAt!: Date;
}

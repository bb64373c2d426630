import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One automatic coding of a study (table `coding_run`). */
@Entity('coding_run')
export class CodingRunEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text', { name: 'status', default: 'QUEUED' }) status!: string;
  @Column('double precision', { name: 'progress', default: 0 }) progress!: number;
  @Column('text', { name: 'error', nullable: true }) error!: string | null;
  @Column('text', { name: 'provider' }) provider!: string;
  @Column('text', { name: 'model', nullable: true }) model!: string | null;
  @Column('int', { name: 'suggestions', default: 0 }) suggestions!: number;
  @Column('int', { name: 'tokens_in', default: 0 }) tokensIn!: number;
  @Column('int', { name: 'tokens_out', default: 0 }) tokensOut!: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

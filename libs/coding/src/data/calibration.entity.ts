import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One calibration of a coder against a study's human coding (table `calibration_run`). */
@Entity('calibration_run')
export class CalibrationRunEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text', { name: 'status', default: 'QUEUED' }) status!: string;
  @Column('double precision', { name: 'progress', default: 0 }) progress!: number;
  @Column('text', { name: 'error', nullable: true }) error!: string | null;
  @Column('text', { name: 'provider' }) provider!: string;
  @Column('text', { name: 'coder' }) coder!: string;
  @Column('int', { name: 'sample_size' }) sampleSize!: number;
  @Column('int', { name: 'seed' }) seed!: number;
  @Column('int', { name: 'tokens_in', default: 0 }) tokensIn!: number;
  @Column('int', { name: 'tokens_out', default: 0 }) tokensOut!: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

/** A sampled unit of a calibration: the human's codes and the coder's blind ones (table `calibration_unit`). */
@Entity('calibration_unit')
export class CalibrationUnitEntity {
  @PrimaryColumn('uuid', { name: 'run_id' }) runId!: string;
  @PrimaryColumn('text', { name: 'unit_key' }) unitKey!: string;
  @Column('uuid', { name: 'human_codes', array: true }) humanCodes!: string[];
  @Column('uuid', { name: 'coder_codes', array: true, nullable: true }) coderCodes!: string[] | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One synthesis of a study's personas (table `synthesis_run`), a pg-boss job from QUEUED to its end. */
@Entity('synthesis_run')
export class SynthesisRunEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text', { name: 'status', default: 'QUEUED' }) status!: string;
  @Column('double precision', { name: 'progress', default: 0 }) progress!: number;
  @Column('text', { name: 'stage', nullable: true }) stage!: string | null;
  @Column('text', { name: 'error', nullable: true }) error!: string | null;
  @Column('text', { name: 'provider' }) provider!: string;
  @Column('text', { name: 'model', nullable: true }) model!: string | null;
  @Column('int', { name: 'persona_count', nullable: true }) personaCount!: number | null;
  @Column('int', { name: 'tokens_in', default: 0 }) tokensIn!: number;
  @Column('int', { name: 'tokens_out', default: 0 }) tokensOut!: number;
  @Column('jsonb', { name: 'quality', nullable: true }) quality!: Record<string, unknown> | null;
  @Column('jsonb', { name: 'stats', nullable: true }) stats!: Record<string, unknown> | null;
  /** Whether responses with quality flags went in (default false: left out). */
  @Column('boolean', { name: 'include_flagged', default: false }) includeFlagged!: boolean;
  /** The flagged responses left out: `{ count, reasons: [{ reason, count }] }`, null when included. */
  @Column('jsonb', { name: 'excluded_responses', nullable: true }) excludedResponses!: Record<string, unknown> | null;
  /** What the run keeps to place later participants in its segments (the engine's `SegmentModel`). */
  @Column('jsonb', { name: 'segment_model', nullable: true }) segmentModel!: unknown;
  /** Incremented by each claim; a worker writes only while its attempt is the current one. */
  @Column('int', { name: 'attempt', default: 0 }) attempt!: number;
  @Column('boolean', { name: 'cancel_requested', default: false }) cancelRequested!: boolean;
  @Column('timestamptz', { name: 'heartbeat_at', nullable: true }) heartbeatAt!: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

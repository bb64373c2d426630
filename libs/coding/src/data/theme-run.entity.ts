import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One theme discovery of a study (table `theme_run`). */
@Entity('theme_run')
export class ThemeRunEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  /** Null: every open-text question of the study. */
  @Column('text', { name: 'question_ids', array: true, nullable: true }) questionIds!:
    string[] | null;
  @Column('boolean', { name: 'include_transcripts', default: true }) includeTranscripts!: boolean;
  @Column('text', { name: 'provider' }) provider!: string;
  @Column('text', { name: 'model', nullable: true }) model!: string | null;
  @Column('text', { name: 'status', default: 'QUEUED' }) status!: string;
  @Column('double precision', { name: 'progress', default: 0 }) progress!: number;
  @Column('text', { name: 'error', nullable: true }) error!: string | null;
  @Column('text', { name: 'message', nullable: true }) message!: string | null;
  @Column('int', { name: 'theme_count', default: 0 }) themeCount!: number;
  @Column('int', { name: 'suggestion_count', default: 0 }) suggestionCount!: number;
  @Column('int', { name: 'tokens_in', default: 0 }) tokensIn!: number;
  @Column('int', { name: 'tokens_out', default: 0 }) tokensOut!: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'heartbeat_at', nullable: true }) heartbeatAt!: Date | null;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

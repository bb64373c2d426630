import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One analytics upload (table `analytics_import`). */
@Entity('analytics_import')
export class AnalyticsImportEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text', { name: 'kind' }) kind!: string;
  @Column('text', { name: 'file_name' }) fileName!: string;
  @Column('text', { name: 'status' }) status!: string;
  @Column('jsonb', { name: 'mapping' }) mapping!: unknown;
  @Column('bigint', { name: 'bytes_read' }) bytesRead!: string;
  @Column('bigint', { name: 'rows_read' }) rowsRead!: string;
  @Column('bigint', { name: 'rows_skipped' }) rowsSkipped!: string;
  @Column('bigint', { name: 'events' }) events!: string;
  @Column('int', { name: 'users' }) users!: number;
  @Column('int', { name: 'linked' }) linked!: number;
  @Column('timestamptz', { name: 'reference_at', nullable: true }) referenceAt!: Date | null;
  @Column('text', { name: 'features', array: true }) features!: string[];
  @Column('text', { name: 'error', nullable: true }) error!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

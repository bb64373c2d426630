import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hashed user of one import and its activity (table `analytics_user`); the raw id is never stored. */
@Entity('analytics_user')
export class AnalyticsUserEntity {
  @PrimaryColumn('uuid', { name: 'import_id' }) importId!: string;
  @PrimaryColumn('text', { name: 'user_hash' }) userHash!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId!: string | null;
  @Column('bigint', { name: 'events' }) events!: string;
  @Column('int', { name: 'sessions' }) sessions!: number;
  @Column('int', { name: 'active_weeks' }) activeWeeks!: number;
  @Column('timestamptz', { name: 'first_at', nullable: true }) firstAt!: Date | null;
  @Column('timestamptz', { name: 'last_at', nullable: true }) lastAt!: Date | null;
}

/** One kept feature of a hashed user (table `analytics_user_feature`). */
@Entity('analytics_user_feature')
export class AnalyticsUserFeatureEntity {
  @PrimaryColumn('uuid', { name: 'import_id' }) importId!: string;
  @PrimaryColumn('text', { name: 'user_hash' }) userHash!: string;
  @PrimaryColumn('text', { name: 'feature' }) feature!: string;
  @Column('bigint', { name: 'events' }) events!: string;
  @Column('int', { name: 'active_weeks' }) activeWeeks!: number;
  @Column('float8', { name: 'per_week', nullable: true }) perWeek!: number | null;
  @Column('float8', { name: 'recency_days', nullable: true }) recencyDays!: number | null;
  @Column('float8', { name: 'session_share', nullable: true }) sessionShare!: number | null;
}

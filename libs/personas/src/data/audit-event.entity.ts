import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something that happened to a persona or a workspace's review settings (table `audit_event`). */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'study_id', nullable: true }) studyId!: string | null;
  @Column('uuid', { name: 'persona_id', nullable: true }) personaId!: string | null;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'action' }) action!: string;
  @Column('int', { name: 'before_version', nullable: true }) beforeVersion!: number | null;
  @Column('int', { name: 'after_version', nullable: true }) afterVersion!: number | null;
  @Column('jsonb', { name: 'detail', nullable: true }) detail!: Record<string, unknown> | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}

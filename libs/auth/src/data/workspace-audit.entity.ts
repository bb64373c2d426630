import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../roles';

/** What happened to a workspace's membership. */
export type WorkspaceAuditAction =
  | 'INVITED'
  | 'INVITATION_REVOKED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_DECLINED'
  | 'MEMBER_LEFT'
  | 'MEMBER_REMOVED'
  | 'ROLE_CHANGED';

/** One membership change of a workspace, written in the transaction of the change. */
@Entity('workspace_audit')
export class WorkspaceAuditEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** Who made the change (null once that account is gone). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'action', type: 'text' })
  action!: WorkspaceAuditAction;

  /** The member the change is about (null for an invitation to an address without a member, or once the account is gone). */
  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId!: string | null;

  /** The invited address, for invitation events. */
  @Column({ name: 'target_email', type: 'text', nullable: true })
  targetEmail!: string | null;

  @Column({ name: 'role_before', type: 'text', nullable: true })
  roleBefore!: Role | null;

  @Column({ name: 'role_after', type: 'text', nullable: true })
  roleAfter!: Role | null;

  @Column({ name: 'at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../roles';

/** An invitation to join a workspace with a role; the membership exists once its invitee accepts. */
@Entity('workspace_invitation')
export class WorkspaceInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** Trimmed and lower-cased, as sign-up stores an account's email. */
  @Column({ name: 'email', type: 'text' })
  email!: string;

  @Column({ name: 'role', type: 'text' })
  role!: Role;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  /** SHA-256 of the single-use link token mailed with the invitation (renewed when sent again). */
  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash!: string | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A share link (table `persona_share`): read-only public access to one approved persona, or to a
 * study's approved set when `personaId` is null. Only a SHA-256 of the token is kept.
 */
@Entity('persona_share')
export class PersonaShareEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  /** Null: the study's approved personas. */
  @Column('uuid', { name: 'persona_id', nullable: true }) personaId!: string | null;
  /** Hex SHA-256 of the link's token. */
  @Column('text', { name: 'token_hash', unique: true }) tokenHash!: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('int', { name: 'view_count', default: 0 }) viewCount!: number;
  @Column('timestamptz', { name: 'last_viewed_at', nullable: true }) lastViewedAt!: Date | null;
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Role } from '../roles';
import { WorkspaceInvitationEntity } from './workspace-invitation.entity';

/** A pending invitation with what its invitee or the workspace's owners are shown. */
export interface InvitationRow {
  id: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** What accepting an invitation did. */
export type AcceptOutcome =
  | { status: 'accepted'; workspaceId: string; role: Role }
  | { status: 'missing' }
  | { status: 'expired' };

const PENDING = 'i.accepted_at IS NULL AND i.declined_at IS NULL';
const ROW_COLUMNS = `i.id, i.workspace_id AS "workspaceId", w.name AS "workspaceName", i.email, i.role,
  u.name AS "invitedByName", i.created_at AS "createdAt", i.expires_at AS "expiresAt"`;
const ROW_FROM = `workspace_invitation i JOIN workspace w ON w.id = i.workspace_id
  LEFT JOIN app_user u ON u.id = i.invited_by`;

/** The workspace_invitation table (and the membership an accepted invitation writes). */
@Injectable()
export class WorkspaceInvitationRepository {
  constructor(
    @InjectRepository(WorkspaceInvitationEntity)
    private readonly repo: Repository<WorkspaceInvitationEntity>,
  ) {}

  /**
   * Records (or renews: role, inviter, expiry) the pending invitation of `email` to the workspace,
   * unless an account with that email is a member already: then nothing is written and the
   * answer is null. `email` is normalised by the caller.
   */
  async invite(
    workspaceId: string,
    email: string,
    role: Role,
    invitedBy: string,
    ttlDays: number,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.repo.query(
      `INSERT INTO workspace_invitation (workspace_id, email, role, invited_by, expires_at)
       SELECT $1, $2, $3, $4, now() + make_interval(days => $5::int)
        WHERE NOT EXISTS (
          SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
           WHERE m.workspace_id = $1 AND lower(u.email) = $2)
       ON CONFLICT (workspace_id, email) WHERE accepted_at IS NULL AND declined_at IS NULL
       DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at
       RETURNING id`,
      [workspaceId, email, role, invitedBy, ttlDays],
    );
    return rows[0]?.id ?? null;
  }

  /** The unexpired pending invitations to this (normalised) email, newest first. */
  pendingForEmail(email: string): Promise<InvitationRow[]> {
    return this.repo.query(
      `SELECT ${ROW_COLUMNS} FROM ${ROW_FROM}
        WHERE i.email = $1 AND ${PENDING} AND i.expires_at > now()
        ORDER BY i.created_at DESC, i.id`,
      [email],
    );
  }

  /** The unexpired pending invitations of each of these workspaces, in one query, oldest first. */
  pendingOfWorkspaces(workspaceIds: readonly string[]): Promise<InvitationRow[]> {
    if (!workspaceIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT ${ROW_COLUMNS} FROM ${ROW_FROM}
        WHERE i.workspace_id = ANY($1::uuid[]) AND ${PENDING} AND i.expires_at > now()
        ORDER BY i.created_at, i.email`,
      [[...new Set(workspaceIds)]],
    );
  }

  /** The workspace of a pending invitation (expired or not), or null. */
  async workspaceOfPending(id: string): Promise<string | null> {
    const rows: { workspace_id: string }[] = await this.repo.query(
      `SELECT workspace_id FROM workspace_invitation i WHERE i.id = $1 AND ${PENDING}`,
      [id],
    );
    return rows[0]?.workspace_id ?? null;
  }

  /**
   * Accepts the pending invitation `id` addressed to `email`: the account `userId` becomes a member
   * with the invitation's role (a member already keeps the role they have), in one transaction.
   */
  accept(id: string, email: string, userId: string): Promise<AcceptOutcome> {
    return this.repo.manager.transaction(async (tx) => {
      const rows: { workspace_id: string; role: Role; expired: boolean }[] = await tx.query(
        `SELECT workspace_id, role, expires_at <= now() AS expired FROM workspace_invitation i
          WHERE i.id = $1 AND i.email = $2 AND ${PENDING} FOR UPDATE`,
        [id, email],
      );
      const invitation = rows[0];
      if (!invitation) return { status: 'missing' };
      if (invitation.expired) return { status: 'expired' };
      await tx.query(
        `INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (workspace_id, user_id) DO NOTHING`,
        [invitation.workspace_id, userId, invitation.role],
      );
      await tx.query('UPDATE workspace_invitation SET accepted_at = now() WHERE id = $1', [id]);
      const [member]: { role: Role }[] = await tx.query(
        'SELECT role FROM membership WHERE workspace_id = $1 AND user_id = $2',
        [invitation.workspace_id, userId],
      );
      return { status: 'accepted', workspaceId: invitation.workspace_id, role: member.role };
    });
  }

  /** Declines the pending invitation `id` addressed to `email`; false when there is none. */
  async decline(id: string, email: string): Promise<boolean> {
    // UPDATE and DELETE answer [rows, rowCount] through TypeORM's query().
    const [, count]: [unknown, number] = await this.repo.query(
      `UPDATE workspace_invitation i SET declined_at = now()
        WHERE i.id = $1 AND i.email = $2 AND ${PENDING}`,
      [id, email],
    );
    return count > 0;
  }

  /** Deletes the pending invitation `id`; false when there is none. */
  async revoke(id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.repo.query(
      `DELETE FROM workspace_invitation i WHERE i.id = $1 AND ${PENDING}`,
      [id],
    );
    return count > 0;
  }
}

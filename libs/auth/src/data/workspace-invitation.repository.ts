import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Role } from '../roles';
import { type Transaction, within } from './transaction';
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
  | { status: 'accepted'; workspaceId: string; role: Role; email: string }
  | { status: 'missing' }
  | { status: 'expired' }
  /** Accepting by link token: the invitation is addressed to another email. */
  | { status: 'other-email' };

/** A recorded (or renewed) invitation. */
export interface InvitedRow {
  id: string;
  expiresAt: Date;
}

/** What the holder of an invitation link may see before signing in. */
export interface InvitationPreviewRow {
  workspaceName: string;
  role: Role;
  email: string;
  expiresAt: Date;
  expired: boolean;
}

/** A decided or withdrawn invitation, for its audit row. */
export interface InvitationTarget {
  workspaceId: string;
  email: string;
  role: Role;
}

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
   * Records (or renews: role, inviter, expiry, link token) the pending invitation of `email` to the
   * workspace, unless an account with that email is a member already: then nothing is written and
   * the answer is null. `email` is normalised by the caller; only the token's hash is stored.
   */
  async invite(
    workspaceId: string,
    email: string,
    role: Role,
    invitedBy: string,
    ttlDays: number,
    tokenHash: string,
    tx?: Transaction,
  ): Promise<InvitedRow | null> {
    const rows: InvitedRow[] = await (tx ?? this.repo.manager).query(
      `INSERT INTO workspace_invitation (workspace_id, email, role, invited_by, expires_at, token_hash)
       SELECT $1, $2, $3, $4, now() + make_interval(days => $5::int), $6
        WHERE NOT EXISTS (
          SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
           WHERE m.workspace_id = $1 AND lower(u.email) = $2)
       ON CONFLICT (workspace_id, email) WHERE accepted_at IS NULL AND declined_at IS NULL
       DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by,
                     expires_at = EXCLUDED.expires_at, token_hash = EXCLUDED.token_hash
       RETURNING id, expires_at AS "expiresAt"`,
      [workspaceId, email, role, invitedBy, ttlDays, tokenHash],
    );
    return rows[0] ?? null;
  }

  /** The pending invitation whose link token has this hash (expired or not), with its workspace's name. */
  async previewByToken(tokenHash: string): Promise<InvitationPreviewRow | null> {
    const rows: InvitationPreviewRow[] = await this.repo.query(
      `SELECT w.name AS "workspaceName", i.role, i.email, i.expires_at AS "expiresAt",
              i.expires_at <= now() AS expired
         FROM workspace_invitation i JOIN workspace w ON w.id = i.workspace_id
        WHERE i.token_hash = $1 AND ${PENDING}`,
      [tokenHash],
    );
    return rows[0] ?? null;
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
   * with the invitation's role (a member already keeps the role they have), in the caller's
   * transaction `tx` (or one of its own).
   */
  accept(id: string, email: string, userId: string, tx?: Transaction): Promise<AcceptOutcome> {
    return within(this.repo, tx, (m) =>
      this.acceptWhere(m, 'i.id = $1 AND i.email = $2', [id, email], email, userId),
    );
  }

  /**
   * Accepts the pending invitation whose link token has this hash for the account `userId` with
   * `email`: `other-email` when it is addressed to another one (nothing is written).
   */
  acceptByToken(
    tokenHash: string,
    email: string,
    userId: string,
    tx?: Transaction,
  ): Promise<AcceptOutcome> {
    return within(this.repo, tx, (m) =>
      this.acceptWhere(m, 'i.token_hash = $1', [tokenHash], email, userId),
    );
  }

  private async acceptWhere(
    tx: Transaction,
    where: string,
    params: unknown[],
    email: string,
    userId: string,
  ): Promise<AcceptOutcome> {
    const rows: {
      id: string;
      workspace_id: string;
      role: Role;
      email: string;
      expired: boolean;
    }[] = await tx.query(
      `SELECT id, workspace_id, role, email, expires_at <= now() AS expired FROM workspace_invitation i
          WHERE ${where} AND ${PENDING} FOR UPDATE`,
      params,
    );
    const invitation = rows[0];
    if (!invitation) return { status: 'missing' };
    if (invitation.email !== email) return { status: 'other-email' };
    if (invitation.expired) return { status: 'expired' };
    await tx.query(
      `INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, user_id) DO NOTHING`,
      [invitation.workspace_id, userId, invitation.role],
    );
    await tx.query('UPDATE workspace_invitation SET accepted_at = now() WHERE id = $1', [
      invitation.id,
    ]);
    const [member]: { role: Role }[] = await tx.query(
      'SELECT role FROM membership WHERE workspace_id = $1 AND user_id = $2',
      [invitation.workspace_id, userId],
    );
    return {
      status: 'accepted',
      workspaceId: invitation.workspace_id,
      role: member.role,
      email: invitation.email,
    };
  }

  /** Declines the pending invitation `id` addressed to `email`; null when there is none. */
  async decline(id: string, email: string, tx?: Transaction): Promise<InvitationTarget | null> {
    const rows: InvitationTarget[] = await (tx ?? this.repo.manager).query(
      `UPDATE workspace_invitation i SET declined_at = now()
        WHERE i.id = $1 AND i.email = $2 AND ${PENDING}
        RETURNING workspace_id AS "workspaceId", email, role`,
      [id, email],
    );
    // UPDATE … RETURNING answers [rows, rowCount] through TypeORM's query().
    return (rows as unknown as [InvitationTarget[], number])[0]?.[0] ?? null;
  }

  /** Deletes the pending invitation `id`; null when there is none. */
  async revoke(id: string, tx?: Transaction): Promise<InvitationTarget | null> {
    const rows = await (tx ?? this.repo.manager).query(
      `DELETE FROM workspace_invitation i WHERE i.id = $1 AND ${PENDING}
        RETURNING workspace_id AS "workspaceId", email, role`,
      [id],
    );
    return (rows as [InvitationTarget[], number])[0]?.[0] ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Role } from '../roles';
import type { Transaction } from './transaction';
import { type WorkspaceAuditAction, WorkspaceAuditEntity } from './workspace-audit.entity';

/** A membership change to record. */
export interface NewAuditEntry {
  workspaceId: string;
  actorId: string | null;
  action: WorkspaceAuditAction;
  targetUserId?: string | null;
  targetEmail?: string | null;
  roleBefore?: Role | null;
  roleAfter?: Role | null;
}

/** A recorded change with the names of who made it and whom it was about. */
export interface AuditRow {
  id: string;
  workspaceId: string;
  action: WorkspaceAuditAction;
  actor: { id: string; name: string; email: string } | null;
  targetUser: { id: string; name: string; email: string } | null;
  targetEmail: string | null;
  roleBefore: Role | null;
  roleAfter: Role | null;
  at: Date;
}

/** The workspace_audit table, and the transactions membership changes are written in. */
@Injectable()
export class WorkspaceAuditRepository {
  constructor(
    @InjectRepository(WorkspaceAuditEntity)
    private readonly repo: Repository<WorkspaceAuditEntity>,
  ) {}

  /** Runs `fn` in one transaction: the change and its audit row commit together or not at all. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.repo.manager.transaction(fn);
  }

  /** Records a change in the caller's transaction. */
  async record(entry: NewAuditEntry, tx: Transaction): Promise<void> {
    await tx.insert(WorkspaceAuditEntity, {
      workspaceId: entry.workspaceId,
      actorId: entry.actorId,
      action: entry.action,
      targetUserId: entry.targetUserId ?? null,
      targetEmail: entry.targetEmail ?? null,
      roleBefore: entry.roleBefore ?? null,
      roleAfter: entry.roleAfter ?? null,
    });
  }

  /** The newest `first` changes of each of these workspaces (newest first), in one query. */
  async latestOf(workspaceIds: readonly string[], first: number): Promise<AuditRow[]> {
    if (!workspaceIds.length) return [];
    const rows: (Omit<AuditRow, 'actor' | 'targetUser'> & {
      actorId: string | null;
      actorName: string | null;
      actorEmail: string | null;
      targetId: string | null;
      targetName: string | null;
      targetUserEmail: string | null;
    })[] = await this.repo.query(
      `SELECT a.id, a.workspace_id AS "workspaceId", a.action, a.target_email AS "targetEmail",
              a.role_before AS "roleBefore", a.role_after AS "roleAfter", a.at,
              ac.id AS "actorId", ac.name AS "actorName", ac.email AS "actorEmail",
              tu.id AS "targetId", tu.name AS "targetName", tu.email AS "targetUserEmail"
         FROM unnest($1::uuid[]) AS ws(id)
         CROSS JOIN LATERAL (
           SELECT * FROM workspace_audit x WHERE x.workspace_id = ws.id
            ORDER BY x.at DESC, x.id DESC LIMIT $2) a
         LEFT JOIN app_user ac ON ac.id = a.actor_id
         LEFT JOIN app_user tu ON tu.id = a.target_user_id
        ORDER BY a.workspace_id, a.at DESC, a.id DESC`,
      [[...new Set(workspaceIds)], first],
    );
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspaceId,
      action: r.action,
      actor: r.actorId ? { id: r.actorId, name: r.actorName!, email: r.actorEmail! } : null,
      targetUser: r.targetId
        ? { id: r.targetId, name: r.targetName!, email: r.targetUserEmail! }
        : null,
      targetEmail: r.targetEmail,
      roleBefore: r.roleBefore,
      roleAfter: r.roleAfter,
      at: r.at,
    }));
  }

  /**
   * Whether the user's last membership event in the workspace is a removal by an owner (not a
   * leave, and no accepted invitation since): their requests there are refused as FORBIDDEN.
   */
  async wasRemoved(workspaceId: string, userId: string): Promise<boolean> {
    const rows: { action: WorkspaceAuditAction }[] = await this.repo.query(
      `SELECT action FROM workspace_audit
        WHERE target_user_id = $2 AND workspace_id = $1
          AND action IN ('MEMBER_REMOVED', 'MEMBER_LEFT', 'INVITATION_ACCEPTED')
        ORDER BY at DESC, id DESC LIMIT 1`,
      [workspaceId, userId],
    );
    return rows[0]?.action === 'MEMBER_REMOVED';
  }
}

import { Injectable } from '@nestjs/common';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { AccessService } from './access.service';
import { batchLoad } from './batch-load';
import type { AuthUser } from './context';
import { MembershipRepository } from './data/membership.repository';
import type { Transaction } from './data/transaction';
import { type AuditRow, WorkspaceAuditRepository } from './data/workspace-audit.repository';
import type { WorkspaceSettings } from './data/workspace.entity';
import { WorkspaceRepository } from './data/workspace.repository';
import type { Membership, Workspace } from './models/user.model';
import { Right, Role } from './roles';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface WorkspaceRow {
  id: string;
  name: string;
  settings: WorkspaceSettings;
  role?: Role;
}

const toWorkspace = (r: WorkspaceRow): Workspace => ({
  id: r.id,
  name: r.name,
  myRole: r.role,
  allowSelfApproval: Boolean(r.settings?.allowSelfApproval),
});

/** Workspaces and their members. */
@Injectable()
export class WorkspaceService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly memberships: MembershipRepository,
    private readonly audit: WorkspaceAuditRepository,
    private readonly access: AccessService,
  ) {}

  /** Creates a workspace; its creator becomes its OWNER, in one transaction. */
  async create(user: AuthUser, name: string): Promise<Workspace> {
    const clean = name.trim();
    if (!clean || clean.length > 120)
      throw badInput('Give the workspace a name of 1 to 120 characters.', { field: 'name' });
    const row = await this.workspaces.createWithOwner(clean, user.id);
    return toWorkspace({ ...row, role: Role.OWNER });
  }

  async list(user: AuthUser): Promise<Workspace[]> {
    return (await this.workspaces.listForUser(user.id)).map(toWorkspace);
  }

  async get(user: AuthUser, id: string): Promise<Workspace | null> {
    const role = await this.access.roleIn(user.id, id);
    if (!role) {
      await this.access.refuseIfRemoved(user, id);
      return null;
    }
    const row = await this.workspaces.byId(id);
    return row ? toWorkspace({ ...row, role }) : null;
  }

  async byId(id: string): Promise<Workspace> {
    const row = await this.workspaces.byId(id);
    if (!row) throw notFound('The workspace');
    return toWorkspace(row);
  }

  async members(workspaceId: string): Promise<Membership[]> {
    return this.memberships.members(workspaceId);
  }

  /** `members` for a field resolved once per workspace: one query per tick of the GraphQL request `ctx`. */
  membersBatched(ctx: object, workspaceId: string): Promise<Membership[]> {
    return batchLoad(
      ctx,
      'auth.members',
      (ids: readonly string[]) => this.membersOfMany(ids),
      workspaceId,
    );
  }

  private async membersOfMany(workspaceIds: readonly string[]): Promise<Membership[][]> {
    const byWorkspace = new Map<string, Membership[]>(workspaceIds.map((id) => [id, []]));
    for (const { workspaceId, ...member } of await this.memberships.membersOfMany(workspaceIds))
      byWorkspace.get(workspaceId)?.push(member);
    return workspaceIds.map((id) => byWorkspace.get(id)!);
  }

  /**
   * The workspace for a field resolved once per parent (a study's workspace): with the caller's
   * role when they are a member, without it otherwise; NOT_FOUND when there is no such workspace.
   * The same answer as `get(user, id) ?? byId(id)`, in one query per tick of the request `ctx`.
   */
  async getOrByIdBatched(ctx: object, user: AuthUser, id: string): Promise<Workspace> {
    const [row, role] = await Promise.all([
      batchLoad(ctx, 'auth.workspace', (ids: readonly string[]) => this.rowsByIds(ids), id),
      this.access.roleInBatched(ctx, user.id, id),
    ]);
    if (!row) throw notFound('The workspace');
    return toWorkspace(role ? { ...row, role } : row);
  }

  private async rowsByIds(ids: readonly string[]): Promise<(WorkspaceRow | null)[]> {
    const rows = new Map((await this.workspaces.byIds(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  }

  /**
   * Changes a member's role (OWNER only); NOT_FOUND when `userId` is not a member, CONFLICT when
   * it would leave the workspace without an OWNER. A change is audited in its transaction.
   */
  async setMemberRole(
    user: AuthUser,
    workspaceId: string,
    userId: string,
    role: Role,
  ): Promise<Membership> {
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS);
    const outcome = UUID.test(userId)
      ? await this.audit.transaction(async (tx) => {
          const change = await this.memberships.setRoleKeepingAnOwner(
            workspaceId,
            userId,
            role,
            tx,
          );
          if (change.status === 'done' && change.before !== role)
            await this.audit.record(
              {
                workspaceId,
                actorId: user.id,
                action: 'ROLE_CHANGED',
                targetUserId: userId,
                roleBefore: change.before,
                roleAfter: role,
              },
              tx,
            );
          return change.status;
        })
      : 'not-member';
    if (outcome === 'not-member') throw notFound('The member');
    if (outcome === 'last-owner')
      throw conflict(
        'A workspace needs at least one owner. Make another member an owner before you change this role.',
      );
    const member = (await this.memberships.members(workspaceId)).find((m) => m.user.id === userId);
    if (!member) throw notFound('The member');
    return member;
  }

  /**
   * Takes the caller out of the workspace; NOT_FOUND when they are not a member, CONFLICT when
   * they are its last OWNER. Their next request on it is answered as a non-member's.
   */
  async leave(user: AuthUser, workspaceId: string): Promise<boolean> {
    await this.access.requireWorkspace(user, workspaceId, Right.READ);
    const outcome = await this.removeAudited(user.id, workspaceId, user.id, 'MEMBER_LEFT');
    if (outcome === 'not-member') throw notFound('The workspace');
    if (outcome === 'last-owner')
      throw conflict(
        'You are the last owner of this workspace. Make another member an owner before you leave.',
      );
    return true;
  }

  /**
   * Removes a member (OWNER only); NOT_FOUND when `userId` is not a member, CONFLICT when they are
   * its last OWNER. Their open sessions are refused (FORBIDDEN) on the workspace from their next request.
   */
  async removeMember(user: AuthUser, workspaceId: string, userId: string): Promise<boolean> {
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS);
    const outcome = UUID.test(userId)
      ? await this.removeAudited(user.id, workspaceId, userId, 'MEMBER_REMOVED')
      : 'not-member';
    if (outcome === 'not-member') throw notFound('The member');
    if (outcome === 'last-owner')
      throw conflict(
        'A workspace needs at least one owner. Make another member an owner before you remove this one.',
      );
    return true;
  }

  private removeAudited(
    actorId: string,
    workspaceId: string,
    userId: string,
    action: 'MEMBER_LEFT' | 'MEMBER_REMOVED',
  ): Promise<'done' | 'not-member' | 'last-owner'> {
    return this.audit.transaction(async (tx) => {
      const change = await this.memberships.removeKeepingAnOwner(workspaceId, userId, tx);
      if (change.status === 'done')
        await this.audit.record(
          { workspaceId, actorId, action, targetUserId: userId, roleBefore: change.before },
          tx,
        );
      return change.status;
    });
  }

  /** The newest `first` membership changes of the workspace (OWNER only), one query per tick of `ctx`. */
  async auditLogBatched(
    ctx: object,
    user: AuthUser,
    workspaceId: string,
    first: number,
  ): Promise<AuditRow[]> {
    await this.access.requireWorkspaceBatched(ctx, user, workspaceId, Right.MANAGE_MEMBERS);
    const limit = Math.min(Math.max(Math.trunc(first), 1), 200);
    return batchLoad(
      ctx,
      `auth.auditLog:${limit}`,
      async (ids: readonly string[]) => {
        const rows = await this.audit.latestOf(ids, limit);
        return ids.map((id) => rows.filter((r) => r.workspaceId === id));
      },
      workspaceId,
    );
  }

  /**
   * Sets whether an OWNER may approve a persona version they edited themselves. The caller
   * checks the right (MANAGE_MEMBERS) and may pass its transaction to write beside an audit event.
   */
  async setSelfApproval(workspaceId: string, allowed: boolean, tx?: Transaction): Promise<void> {
    await this.workspaces.setSelfApproval(workspaceId, allowed, tx);
  }

  /** Whether an OWNER of the workspace may approve a persona version they edited themselves. */
  async allowsSelfApproval(workspaceId: string, tx?: Transaction): Promise<boolean> {
    const row = await this.workspaces.byId(workspaceId, tx);
    return row?.settings?.allowSelfApproval === true;
  }
}

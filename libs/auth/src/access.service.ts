import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, forbidden, notFound } from '@persona-lab/errors';
import { batchLoad } from './batch-load';
import type { AuthUser } from './context';
import { MembershipRepository } from './data/membership.repository';
import { WorkspaceAuditRepository } from './data/workspace-audit.repository';
import { Right, type Role, can, describeRight } from './roles';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place that decides whether a user may act in a workspace. A
 * non-member gets NOT_FOUND (never FORBIDDEN), so outsiders cannot tell
 * whether another workspace's things exist.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly audit: WorkspaceAuditRepository,
  ) {}

  /** The user's role in the workspace, or null when they are not a member (or the id is not a uuid). */
  async roleIn(userId: string, workspaceId: string): Promise<Role | null> {
    if (!UUID.test(workspaceId)) return null;
    return this.memberships.roleOf(workspaceId, userId);
  }

  /**
   * `roleIn` for a field resolved once per parent: the roles asked for in one tick of the GraphQL
   * request `ctx` are read in one query.
   */
  roleInBatched(ctx: object, userId: string, workspaceId: string): Promise<Role | null> {
    return batchLoad(
      ctx,
      `auth.roleIn:${userId}`,
      (ids: readonly string[]) => this.rolesIn(userId, ids),
      workspaceId,
    );
  }

  /** The user's role in each workspace (null where not a member or not a uuid), in the order asked, in one query. */
  async rolesIn(userId: string, workspaceIds: readonly string[]): Promise<(Role | null)[]> {
    const rows = await this.memberships.rolesOf(
      userId,
      workspaceIds.filter((id) => UUID.test(id)),
    );
    const roles = new Map(rows.map((r) => [r.workspaceId, r.role]));
    return workspaceIds.map((id) => roles.get(id) ?? null);
  }

  /** `requireWorkspace` for a field resolved once per parent: the roles are read in one query per tick of the request `ctx`. */
  async requireWorkspaceBatched(
    ctx: object,
    user: AuthUser,
    workspaceId: string,
    right: Right,
    what = 'The workspace',
  ): Promise<Role> {
    const role = await this.roleInBatched(ctx, user.id, workspaceId);
    if (!role) {
      await this.refuseIfRemoved(user, workspaceId);
      throw notFound(what);
    }
    this.check(role, right);
    return role;
  }

  /** The caller's role in the workspace; NOT_FOUND for a non-member, FORBIDDEN when the role lacks the right. */
  async requireWorkspace(
    user: AuthUser,
    workspaceId: string,
    right: Right,
    what = 'The workspace',
  ): Promise<Role> {
    const role = await this.roleIn(user.id, workspaceId);
    if (!role) {
      await this.refuseIfRemoved(user, workspaceId);
      throw notFound(what);
    }
    this.check(role, right);
    return role;
  }

  /**
   * FORBIDDEN for a non-member an owner removed from the workspace (their sessions opened before
   * the removal are refused with a sentence that says so); nothing for anyone else, who gets the
   * usual NOT_FOUND. Only asked on the refusal path, so members pay nothing for it.
   */
  async refuseIfRemoved(user: AuthUser, workspaceId: string): Promise<void> {
    if (UUID.test(workspaceId) && (await this.audit.wasRemoved(workspaceId, user.id)))
      throw forbidden(
        'An owner removed you from this workspace. Ask an owner to invite you again if you need access.',
      );
  }

  /** FORBIDDEN, with a sentence naming the role and the right, unless the role has the right. */
  check(role: Role, right: Right): void {
    if (!can(role, right)) {
      throw forbidden(`Your role (${role}) cannot ${describeRight(right)}. Ask a workspace owner.`);
    }
  }
}

/** For nullable lookups: "not found or not yours" becomes null; every other error still surfaces. */
export async function nullIfNotFound<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

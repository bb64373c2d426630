import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { AccessService } from './access.service';
import { batchLoad } from './batch-load';
import type { AuthUser } from './context';
import { WorkspaceInvitationRepository } from './data/workspace-invitation.repository';
import type { Membership, Workspace } from './models/user.model';
import type { WorkspaceInvitation } from './models/workspace-invitation.model';
import { Right, Role } from './roles';
import { WorkspaceService } from './workspace.service';

/** An invitation can be accepted for this long after it was (last) sent. Fixed, not configured. */
export const INVITATION_TTL_DAYS = 14;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Invitations to workspaces: an OWNER invites an email address, the account with that email
 * accepts or declines. Nobody becomes a member without accepting, and the answer to an
 * invitation never tells whether the address has an account.
 */
@Injectable()
export class WorkspaceInvitationService {
  constructor(
    private readonly invitations: WorkspaceInvitationRepository,
    private readonly workspaces: WorkspaceService,
    private readonly access: AccessService,
  ) {}

  /**
   * Invites `email` to the workspace with `role` (OWNER only). Re-inviting renews the pending
   * invitation; inviting a member changes nothing. Every case answers the same shape built from
   * what the caller sent: a Membership whose user is the address, never an account.
   */
  async invite(
    user: AuthUser,
    workspaceId: string,
    email: string,
    role: Role,
  ): Promise<Membership> {
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS);
    const typed = email.trim();
    if (typed.length > 254 || !isEmail(typed))
      throw badInput('Enter a valid email address, like name@example.com.', { field: 'email' });
    const id = await this.invitations.invite(
      workspaceId,
      normalizeEmail(typed),
      role,
      user.id,
      INVITATION_TTL_DAYS,
    );
    // A member already: nothing was written; a fresh id keeps the answer alike.
    return { role, user: { id: id ?? randomUUID(), email: typed, name: typed } };
  }

  /** The signed-in account's pending, unexpired invitations, newest first. */
  mine(user: AuthUser): Promise<WorkspaceInvitation[]> {
    return this.invitations.pendingForEmail(normalizeEmail(user.email));
  }

  /** A workspace's pending invitations (OWNER only), one query per tick of the request `ctx`. */
  async pendingBatched(
    ctx: object,
    user: AuthUser,
    workspaceId: string,
  ): Promise<WorkspaceInvitation[]> {
    await this.access.requireWorkspaceBatched(ctx, user, workspaceId, Right.MANAGE_MEMBERS);
    return batchLoad(
      ctx,
      'auth.invitations',
      async (ids: readonly string[]) => {
        const rows = await this.invitations.pendingOfWorkspaces(ids);
        return ids.map((id) => rows.filter((r) => r.workspaceId === id));
      },
      workspaceId,
    );
  }

  /** Accepts an invitation to the caller's email: they become a member with its role. */
  async accept(user: AuthUser, id: string): Promise<Workspace> {
    const outcome = UUID.test(id)
      ? await this.invitations.accept(id, normalizeEmail(user.email), user.id)
      : ({ status: 'missing' } as const);
    if (outcome.status === 'missing') throw notFound('The invitation');
    if (outcome.status === 'expired')
      throw conflict(
        'This invitation has expired. Ask an owner of the workspace to invite you again.',
      );
    return { ...(await this.workspaces.byId(outcome.workspaceId)), myRole: outcome.role };
  }

  /** Declines an invitation to the caller's email; it can no longer be accepted. */
  async decline(user: AuthUser, id: string): Promise<boolean> {
    if (!UUID.test(id) || !(await this.invitations.decline(id, normalizeEmail(user.email))))
      throw notFound('The invitation');
    return true;
  }

  /** Withdraws a pending invitation (OWNER of its workspace only). */
  async revoke(user: AuthUser, id: string): Promise<boolean> {
    const workspaceId = UUID.test(id) ? await this.invitations.workspaceOfPending(id) : null;
    if (!workspaceId) throw notFound('The invitation');
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS, 'The invitation');
    if (!(await this.invitations.revoke(id))) throw notFound('The invitation');
    return true;
  }
}

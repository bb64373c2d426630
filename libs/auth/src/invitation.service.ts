import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { DomainError, ErrorCode, badInput, conflict, notFound } from '@persona-lab/errors';
import { AccessService } from './access.service';
import { batchLoad } from './batch-load';
import type { AuthUser } from './context';
import type { Transaction } from './data/transaction';
import { WorkspaceAuditRepository } from './data/workspace-audit.repository';
import {
  type AcceptOutcome,
  WorkspaceInvitationRepository,
} from './data/workspace-invitation.repository';
import type { Membership, Workspace } from './models/user.model';
import type {
  WorkspaceInvitation,
  WorkspaceInvitationPreview,
} from './models/workspace-invitation.model';
import { Right, Role } from './roles';
import { hashToken } from './session.service';
import { WorkspaceService } from './workspace.service';

/** An invitation can be accepted for this long after it was (last) sent. Fixed, not configured. */
export const INVITATION_TTL_DAYS = 14;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** What an invitation mail needs: handed to the sender inside the invitation's transaction. */
export interface SentInvitation {
  invitationId: string;
  /** The single-use link token (only its hash is stored). */
  token: string;
  /** The address as the owner typed it (trimmed). */
  email: string;
  role: Role;
  workspaceName: string;
  inviterName: string;
  expiresAt: Date;
}

/** Sends the invitation (e.g. enqueues a mail) in the transaction that records it. */
export type InvitationDelivery = (sent: SentInvitation, tx: Transaction) => Promise<void>;

/** The answer to an invitation and, when one was recorded, its link token. */
export interface InviteResult {
  member: Membership;
  /** Null when the address belongs to a member already (nothing was recorded). */
  token: string | null;
}

const linkGone = () =>
  new DomainError(
    ErrorCode.NOT_FOUND,
    'This invitation link is no longer valid: it was used, withdrawn, or replaced by a newer invitation. Ask an owner of the workspace to invite you again.',
  );
const expired = () =>
  conflict('This invitation has expired. Ask an owner of the workspace to invite you again.');
const otherEmail = () =>
  conflict(
    'This invitation was sent to another email address. Sign in with that address, or ask an owner to invite this one.',
  );

/**
 * Invitations to workspaces: an OWNER invites an email address, the account with that email
 * accepts or declines (from the app, or through the single-use link mailed to the address, also on
 * sign-up). Nobody becomes a member without accepting, the answer to an invitation never tells
 * whether the address has an account, and every change is audited in its own transaction.
 */
@Injectable()
export class WorkspaceInvitationService {
  constructor(
    private readonly invitations: WorkspaceInvitationRepository,
    private readonly audit: WorkspaceAuditRepository,
    private readonly workspaces: WorkspaceService,
    private readonly access: AccessService,
  ) {}

  /**
   * Invites `email` to the workspace with `role` (OWNER only). Re-inviting renews the pending
   * invitation (and its link); inviting a member changes nothing. Every case answers the same shape
   * built from what the caller sent: a Membership whose user is the address, never an account.
   */
  async invite(
    user: AuthUser,
    workspaceId: string,
    email: string,
    role: Role,
    deliver?: InvitationDelivery,
  ): Promise<Membership> {
    return (await this.inviteWithToken(user, workspaceId, email, role, deliver)).member;
  }

  /** `invite`, also answering the link token; `deliver` runs in the invitation's transaction. */
  async inviteWithToken(
    user: AuthUser,
    workspaceId: string,
    email: string,
    role: Role,
    deliver?: InvitationDelivery,
  ): Promise<InviteResult> {
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS);
    const typed = email.trim();
    if (typed.length > 254 || !isEmail(typed))
      throw badInput('Enter a valid email address, like name@example.com.', { field: 'email' });
    const normalized = normalizeEmail(typed);
    const token = randomBytes(32).toString('base64url');
    const workspace = await this.workspaces.byId(workspaceId);
    const invited = await this.audit.transaction(async (tx) => {
      const row = await this.invitations.invite(
        workspaceId,
        normalized,
        role,
        user.id,
        INVITATION_TTL_DAYS,
        hashToken(token),
        tx,
      );
      if (!row) return null;
      await this.audit.record(
        {
          workspaceId,
          actorId: user.id,
          action: 'INVITED',
          targetEmail: normalized,
          roleAfter: role,
        },
        tx,
      );
      await deliver?.(
        {
          invitationId: row.id,
          token,
          email: typed,
          role,
          workspaceName: workspace.name,
          inviterName: user.name,
          expiresAt: row.expiresAt,
        },
        tx,
      );
      return row;
    });
    // A member already: nothing was written; a fresh id keeps the answer alike.
    return {
      member: { role, user: { id: invited?.id ?? randomUUID(), email: typed, name: typed } },
      token: invited ? token : null,
    };
  }

  /** What an invitation link shows before signing in: the workspace's name, the role and the address. */
  async preview(token: string): Promise<WorkspaceInvitationPreview> {
    const row =
      token.length <= 200 ? await this.invitations.previewByToken(hashToken(token)) : null;
    if (!row) throw linkGone();
    if (row.expired) throw expired();
    return {
      workspaceName: row.workspaceName,
      role: row.role,
      email: row.email,
      expiresAt: row.expiresAt,
    };
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
      ? await this.audit.transaction(async (tx) =>
          this.audited(
            user.id,
            await this.invitations.accept(id, normalizeEmail(user.email), user.id, tx),
            tx,
          ),
        )
      : ({ status: 'missing' } as const);
    if (outcome.status === 'missing') throw notFound('The invitation');
    return this.joined(outcome);
  }

  /** Accepts the invitation of a mailed link for the signed-in account (its email must be the invited one). */
  async acceptByToken(user: AuthUser, token: string): Promise<Workspace> {
    const outcome = await this.audit.transaction((tx) => this.claim(user, token, tx));
    return this.joined(outcome);
  }

  /**
   * Accepts the invitation of a mailed link for an account being created in the caller's
   * transaction (sign-up): throws, so the sign-up writes nothing, when the link cannot be used.
   */
  async claimOnSignUp(
    account: { id: string; email: string },
    token: string,
    tx: Transaction,
  ): Promise<void> {
    const outcome = await this.claim(account, token, tx);
    if (outcome.status !== 'accepted') this.joined(outcome);
  }

  private async claim(
    account: { id: string; email: string },
    token: string,
    tx: Transaction,
  ): Promise<AcceptOutcome> {
    if (token.length > 200) return { status: 'missing' };
    const outcome = await this.invitations.acceptByToken(
      hashToken(token),
      normalizeEmail(account.email),
      account.id,
      tx,
    );
    if (outcome.status === 'missing') throw linkGone();
    return this.audited(account.id, outcome, tx);
  }

  private async audited(
    userId: string,
    outcome: AcceptOutcome,
    tx: Transaction,
  ): Promise<AcceptOutcome> {
    if (outcome.status === 'accepted')
      await this.audit.record(
        {
          workspaceId: outcome.workspaceId,
          actorId: userId,
          action: 'INVITATION_ACCEPTED',
          targetUserId: userId,
          targetEmail: outcome.email,
          roleAfter: outcome.role,
        },
        tx,
      );
    return outcome;
  }

  /** The workspace an accepted invitation joined, or the error of an outcome that joined nothing. */
  private joined(outcome: AcceptOutcome): Promise<Workspace> {
    switch (outcome.status) {
      case 'accepted':
        return this.workspaces
          .byId(outcome.workspaceId)
          .then((w) => ({ ...w, myRole: outcome.role }));
      case 'expired':
        throw expired();
      case 'other-email':
        throw otherEmail();
      default:
        throw linkGone();
    }
  }

  /** Declines an invitation to the caller's email; it can no longer be accepted. */
  async decline(user: AuthUser, id: string): Promise<boolean> {
    const declined =
      UUID.test(id) &&
      (await this.audit.transaction(async (tx) => {
        const target = await this.invitations.decline(id, normalizeEmail(user.email), tx);
        if (target)
          await this.audit.record(
            {
              workspaceId: target.workspaceId,
              actorId: user.id,
              action: 'INVITATION_DECLINED',
              targetUserId: user.id,
              targetEmail: target.email,
              roleBefore: target.role,
            },
            tx,
          );
        return target !== null;
      }));
    if (!declined) throw notFound('The invitation');
    return true;
  }

  /** Withdraws a pending invitation (OWNER of its workspace only). */
  async revoke(user: AuthUser, id: string): Promise<boolean> {
    const workspaceId = UUID.test(id) ? await this.invitations.workspaceOfPending(id) : null;
    if (!workspaceId) throw notFound('The invitation');
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS, 'The invitation');
    const revoked = await this.audit.transaction(async (tx) => {
      const target = await this.invitations.revoke(id, tx);
      if (target)
        await this.audit.record(
          {
            workspaceId: target.workspaceId,
            actorId: user.id,
            action: 'INVITATION_REVOKED',
            targetEmail: target.email,
            roleBefore: target.role,
          },
          tx,
        );
      return target !== null;
    });
    if (!revoked) throw notFound('The invitation');
    return true;
  }
}

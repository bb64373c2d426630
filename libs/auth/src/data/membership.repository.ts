import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Role } from '../roles';
import { MembershipEntity } from './membership.entity';
import { type Transaction, within } from './transaction';
import type { UserRow } from './user.repository';

/** A member of a workspace and their role. */
export interface MemberRow {
  user: UserRow;
  role: Role;
}

/** A user's role in one workspace. */
export interface WorkspaceRole {
  workspaceId: string;
  role: Role;
}

/** What a role change or a removal did: `before` is the role the member had. */
export type MembershipChange =
  { status: 'done'; before: Role } | { status: 'not-member' } | { status: 'last-owner' };

/** The membership table. */
@Injectable()
export class MembershipRepository {
  constructor(
    @InjectRepository(MembershipEntity) private readonly repo: Repository<MembershipEntity>,
  ) {}

  /** The user's role in the workspace, or null when they are not a member. */
  async roleOf(workspaceId: string, userId: string): Promise<Role | null> {
    const row = await this.repo.findOne({ select: { role: true }, where: { workspaceId, userId } });
    return row?.role ?? null;
  }

  /** The user's role in each of these workspaces they belong to (others are left out), in one query. */
  rolesOf(userId: string, workspaceIds: readonly string[]): Promise<WorkspaceRole[]> {
    if (!workspaceIds.length) return Promise.resolve([]);
    return this.repo.find({
      select: { workspaceId: true, role: true },
      where: { userId, workspaceId: In([...new Set(workspaceIds)]) },
    });
  }

  /** The members of each of these workspaces with their accounts, in one query; per workspace in the order they joined. */
  async membersOfMany(
    workspaceIds: readonly string[],
  ): Promise<(MemberRow & { workspaceId: string })[]> {
    if (!workspaceIds.length) return [];
    const rows: { workspace_id: string; id: string; email: string; name: string; role: Role }[] =
      await this.repo.query(
        `SELECT m.workspace_id, u.id, u.email, u.name, m.role FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.workspace_id = ANY($1::uuid[]) ORDER BY m.workspace_id, m.created_at, u.email`,
        [[...new Set(workspaceIds)]],
      );
    return rows.map((r) => ({
      workspaceId: r.workspace_id,
      role: r.role,
      user: { id: r.id, email: r.email, name: r.name },
    }));
  }

  /** Members with their accounts, in the order they joined. */
  async members(workspaceId: string): Promise<MemberRow[]> {
    const rows: { id: string; email: string; name: string; role: Role }[] = await this.repo.query(
      `SELECT u.id, u.email, u.name, m.role FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.workspace_id = $1 ORDER BY m.created_at, u.email`,
      [workspaceId],
    );
    return rows.map((r) => ({ role: r.role, user: { id: r.id, email: r.email, name: r.name } }));
  }

  /**
   * Changes a member's role, unless that would leave the workspace without an OWNER: then nothing
   * is written. Never adds anyone (memberships start from an accepted invitation). Answers the
   * role the member had. Runs in the caller's transaction `tx` when given.
   */
  setRoleKeepingAnOwner(
    workspaceId: string,
    userId: string,
    role: Role,
    tx?: Transaction,
  ): Promise<MembershipChange> {
    return within(this.repo, tx, async (m) => {
      const rows = await this.lockMembers(m, workspaceId);
      const mine = rows.find((r) => r.user_id === userId);
      if (!mine) return { status: 'not-member' };
      const otherOwners = rows.filter((r) => r.role === Role.OWNER && r.user_id !== userId);
      if (role !== Role.OWNER && !otherOwners.length) return { status: 'last-owner' };
      await m.query('UPDATE membership SET role = $3 WHERE workspace_id = $1 AND user_id = $2', [
        workspaceId,
        userId,
        role,
      ]);
      return { status: 'done', before: mine.role };
    });
  }

  /**
   * Removes the user from the workspace (leaving, or removed by an owner), unless they are its
   * last OWNER: then nothing is written. The membership rows are locked so two owners leaving
   * together cannot leave it without one. Answers the role they had.
   */
  removeKeepingAnOwner(
    workspaceId: string,
    userId: string,
    tx?: Transaction,
  ): Promise<MembershipChange> {
    return within(this.repo, tx, async (m) => {
      const rows = await this.lockMembers(m, workspaceId);
      const mine = rows.find((r) => r.user_id === userId);
      if (!mine) return { status: 'not-member' };
      const otherOwners = rows.filter((r) => r.role === Role.OWNER && r.user_id !== userId);
      if (mine.role === Role.OWNER && !otherOwners.length) return { status: 'last-owner' };
      await m.query('DELETE FROM membership WHERE workspace_id = $1 AND user_id = $2', [
        workspaceId,
        userId,
      ]);
      return { status: 'done', before: mine.role };
    });
  }

  /** Locks the workspace's membership rows, so two changes cannot leave it without an owner. */
  private lockMembers(
    m: Transaction,
    workspaceId: string,
  ): Promise<{ user_id: string; role: Role }[]> {
    return m.query('SELECT user_id, role FROM membership WHERE workspace_id = $1 FOR UPDATE', [
      workspaceId,
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Role } from '../roles';
import { MembershipEntity } from './membership.entity';
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
   * Adds the user to the workspace with this role, or changes their role, unless that would leave
   * the workspace without an OWNER: then nothing is written and the answer is false.
   */
  async setRoleKeepingAnOwner(workspaceId: string, userId: string, role: Role): Promise<boolean> {
    return this.repo.manager.transaction(async (tx) => {
      // Lock the membership rows so two demotions cannot leave the workspace without an owner.
      await tx.query('SELECT 1 FROM membership WHERE workspace_id = $1 FOR UPDATE', [workspaceId]);
      const owners: { n: number }[] = await tx.query(
        `SELECT count(*)::int AS n FROM membership WHERE workspace_id = $1 AND role = 'OWNER' AND user_id <> $2`,
        [workspaceId, userId],
      );
      if (role !== Role.OWNER && owners[0].n === 0) return false;
      await tx.query(
        `INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [workspaceId, userId, role],
      );
      return true;
    });
  }
}

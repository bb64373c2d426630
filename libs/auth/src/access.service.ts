import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode, forbidden, notFound } from '@persona-lab/errors';
import type { AuthUser } from './context';
import { MembershipRepository } from './data/membership.repository';
import { Right, type Role, can, describeRight } from './roles';

export interface StudyAccess {
  studyId: string;
  workspaceId: string;
  role: Role;
}

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
    private readonly db: DataSource,
  ) {}

  /** The user's role in the workspace, or null when they are not a member (or the id is not a uuid). */
  async roleIn(userId: string, workspaceId: string): Promise<Role | null> {
    if (!UUID.test(workspaceId)) return null;
    return this.memberships.roleOf(workspaceId, userId);
  }

  async requireWorkspace(
    user: AuthUser,
    workspaceId: string,
    right: Right,
    what = 'The workspace',
  ): Promise<Role> {
    const role = await this.roleIn(user.id, workspaceId);
    if (!role) throw notFound(what);
    this.check(role, right);
    return role;
  }

  /** Access to a study through its workspace. */
  async requireStudy(
    user: AuthUser,
    studyId: string,
    right: Right,
    what = 'The study',
  ): Promise<StudyAccess> {
    return this.requireVia(
      user,
      'SELECT workspace_id, id AS study_id FROM study WHERE id = $1',
      studyId,
      right,
      what,
    );
  }

  /**
   * Access to any row that leads to a study: `sql` takes the row id as $1 and
   * returns `workspace_id` and `study_id`. Used by every domain lib.
   */
  async requireVia(
    user: AuthUser,
    sql: string,
    id: string,
    right: Right,
    what: string,
  ): Promise<StudyAccess> {
    if (!UUID.test(id)) throw notFound(what);
    const rows: { workspace_id: string; study_id: string }[] = await this.db.query(sql, [id]);
    const row = rows[0];
    if (!row) throw notFound(what);
    const role = await this.roleIn(user.id, row.workspace_id);
    if (!role) throw notFound(what);
    this.check(role, right);
    return { studyId: row.study_id, workspaceId: row.workspace_id, role };
  }

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

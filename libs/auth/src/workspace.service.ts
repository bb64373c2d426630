import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { AccessService } from './access.service';
import type { AuthUser } from './context';
import type { Membership, User, Workspace } from './models/user.model';
import { Right, Role } from './roles';

interface WorkspaceRow {
  id: string;
  name: string;
  settings: { allowSelfApproval?: boolean };
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
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Creates a workspace; its creator becomes its OWNER, in one transaction. */
  async create(user: AuthUser, name: string): Promise<Workspace> {
    const clean = name.trim();
    if (!clean || clean.length > 120) throw badInput('Give the workspace a name of 1 to 120 characters.', { field: 'name' });
    return this.db.transaction(async (tx) => {
      const [row]: WorkspaceRow[] = await tx.query('INSERT INTO workspace (name) VALUES ($1) RETURNING id, name, settings', [clean]);
      await tx.query('INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, $3)', [row.id, user.id, Role.OWNER]);
      return toWorkspace({ ...row, role: Role.OWNER });
    });
  }

  async list(user: AuthUser): Promise<Workspace[]> {
    const rows: WorkspaceRow[] = await this.db.query(
      `SELECT w.id, w.name, w.settings, m.role FROM workspace w
         JOIN membership m ON m.workspace_id = w.id AND m.user_id = $1
        ORDER BY w.created_at, w.id`,
      [user.id],
    );
    return rows.map(toWorkspace);
  }

  async get(user: AuthUser, id: string): Promise<Workspace | null> {
    const role = await this.access.roleIn(user.id, id);
    if (!role) return null;
    const [row]: WorkspaceRow[] = await this.db.query('SELECT id, name, settings FROM workspace WHERE id = $1', [id]);
    return row ? toWorkspace({ ...row, role }) : null;
  }

  async byId(id: string): Promise<Workspace> {
    const [row]: WorkspaceRow[] = await this.db.query('SELECT id, name, settings FROM workspace WHERE id = $1', [id]);
    if (!row) throw notFound('The workspace');
    return toWorkspace(row);
  }

  async members(workspaceId: string): Promise<Membership[]> {
    const rows: { id: string; email: string; name: string; role: Role }[] = await this.db.query(
      `SELECT u.id, u.email, u.name, m.role FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.workspace_id = $1 ORDER BY m.created_at, u.email`,
      [workspaceId],
    );
    return rows.map((r) => ({ role: r.role, user: { id: r.id, email: r.email, name: r.name } }));
  }

  /** Adds an existing account to the workspace, or changes the role of a member. */
  async addMember(user: AuthUser, workspaceId: string, email: string, role: Role): Promise<Membership> {
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS);
    const [target]: User[] = await this.db.query('SELECT id, email, name FROM app_user WHERE lower(email) = lower($1)', [email.trim()]);
    if (!target) throw badInput(`No account uses ${email.trim()}. Ask them to sign up first, then add them.`, { field: 'email' });
    return this.db.transaction(async (tx) => {
      // Lock the membership rows so two demotions cannot leave the workspace without an owner.
      await tx.query('SELECT 1 FROM membership WHERE workspace_id = $1 FOR UPDATE', [workspaceId]);
      const owners: { n: number }[] = await tx.query(
        `SELECT count(*)::int AS n FROM membership WHERE workspace_id = $1 AND role = 'OWNER' AND user_id <> $2`,
        [workspaceId, target.id],
      );
      if (role !== Role.OWNER && owners[0].n === 0) {
        throw conflict('A workspace needs at least one owner. Make someone else an owner first.');
      }
      await tx.query(
        `INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [workspaceId, target.id, role],
      );
      return { user: target, role };
    });
  }

  /**
   * Sets whether an OWNER may approve a persona version they edited themselves. The caller
   * checks the right (MANAGE_MEMBERS) and may pass its transaction to write beside an audit event.
   */
  async setSelfApproval(workspaceId: string, allowed: boolean, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE workspace SET settings = settings || jsonb_build_object('allowSelfApproval', $2::boolean) WHERE id = $1`, [
      workspaceId,
      allowed,
    ]);
  }

  /** Whether an OWNER of the workspace may approve a persona version they edited themselves. */
  async allowsSelfApproval(workspaceId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [row]: Pick<WorkspaceRow, 'settings'>[] = await tx.query('SELECT settings FROM workspace WHERE id = $1', [workspaceId]);
    return row?.settings?.allowSelfApproval === true;
  }
}

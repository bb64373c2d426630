import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, nullIfNotFound, type AuthUser } from '@persona-lab/auth';
import { badInput, notFound } from '@persona-lab/errors';
import type { Study } from './models/study.model';

interface StudyRow {
  id: string;
  name: string;
  description: string | null;
  workspace_id: string;
}

const toStudy = (r: StudyRow): Study => ({
  id: r.id,
  name: r.name,
  description: r.description,
  workspaceId: r.workspace_id,
});

const COLUMNS = 'id, name, description, workspace_id';

/** Studies: the projects of a workspace that hold its surveys, interviews, codebook and personas. */
@Injectable()
export class StudyService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Studies in a workspace, newest first; the caller has already checked access to the workspace. */
  async listForWorkspace(workspaceId: string): Promise<Study[]> {
    const rows: StudyRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM study WHERE workspace_id = $1 ORDER BY created_at DESC, id`,
      [workspaceId],
    );
    return rows.map(toStudy);
  }

  /** Creates a study (OWNER, RESEARCHER). */
  async create(
    user: AuthUser,
    input: { workspaceId: string; name: string; description?: string | null },
  ): Promise<Study> {
    await this.access.requireWorkspace(user, input.workspaceId, Right.RESEARCH);
    const name = input.name.trim();
    if (!name) throw badInput('Give the study a name.', { field: 'name' });
    const [row]: StudyRow[] = await this.db.query(
      `INSERT INTO study (workspace_id, name, description) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [input.workspaceId, name, input.description?.trim() || null],
    );
    return toStudy(row);
  }

  /** A study by id, for callers that have already checked access to it. */
  async byId(id: string): Promise<Study> {
    const [row]: StudyRow[] = await this.db.query(`SELECT ${COLUMNS} FROM study WHERE id = $1`, [
      id,
    ]);
    if (!row) throw notFound('The study');
    return toStudy(row);
  }

  /** A study the user may read, or null (the same answer whether it is missing or foreign). */
  async get(user: AuthUser, id: string): Promise<Study | null> {
    const access = await nullIfNotFound(() => this.access.requireStudy(user, id, Right.READ));
    return access ? this.byId(id) : null;
  }
}

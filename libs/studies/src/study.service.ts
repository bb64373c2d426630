import { Injectable } from '@nestjs/common';
import { AccessService, Right, batchLoad, nullIfNotFound, type AuthUser } from '@persona-lab/auth';
import { badInput, notFound } from '@persona-lab/errors';
import type { StudyEntity } from './data/study.entity';
import { StudyRepository } from './data/study.repository';
import type { Study } from './models/study.model';
import { StudyAccessService } from './study-access.service';

const toStudy = (r: StudyEntity): Study => ({
  id: r.id,
  name: r.name,
  description: r.description,
  workspaceId: r.workspaceId,
});

/** Studies: the projects of a workspace that hold its surveys, interviews, codebook and personas. */
@Injectable()
export class StudyService {
  constructor(
    private readonly studies: StudyRepository,
    private readonly access: AccessService,
    private readonly studyAccess: StudyAccessService,
  ) {}

  /** Studies in a workspace, newest first; the caller has already checked access to the workspace. */
  async listForWorkspace(workspaceId: string): Promise<Study[]> {
    return (await this.studies.listForWorkspace(workspaceId)).map(toStudy);
  }

  /** `listForWorkspace` for a field resolved once per workspace: one query per tick of the GraphQL request `ctx`. */
  listForWorkspaceBatched(ctx: object, workspaceId: string): Promise<Study[]> {
    return batchLoad(
      ctx,
      'studies.ofWorkspace',
      async (ids: readonly string[]) => {
        const byWorkspace = new Map<string, Study[]>(ids.map((id) => [id, []]));
        for (const row of await this.studies.listForWorkspaces(ids))
          byWorkspace.get(row.workspaceId)?.push(toStudy(row));
        return ids.map((id) => byWorkspace.get(id)!);
      },
      workspaceId,
    );
  }

  /** Creates a study (OWNER, RESEARCHER). */
  async create(
    user: AuthUser,
    input: { workspaceId: string; name: string; description?: string | null },
  ): Promise<Study> {
    await this.access.requireWorkspace(user, input.workspaceId, Right.RESEARCH);
    const name = input.name.trim();
    if (!name) throw badInput('Give the study a name.', { field: 'name' });
    return toStudy(
      await this.studies.insert(input.workspaceId, name, input.description?.trim() || null),
    );
  }

  /** A study by id, for callers that have already checked access to it. */
  async byId(id: string): Promise<Study> {
    const row = await this.studies.byId(id);
    if (!row) throw notFound('The study');
    return toStudy(row);
  }

  /** `byId` for a field resolved once per parent (a persona's study): one query per tick of the GraphQL request `ctx`. */
  async byIdBatched(ctx: object, id: string): Promise<Study> {
    const row = await batchLoad(
      ctx,
      'studies.byId',
      async (ids: readonly string[]) => {
        const rows = new Map((await this.studies.byIds(ids)).map((r) => [r.id, r]));
        return ids.map((i) => rows.get(i) ?? null);
      },
      id,
    );
    if (!row) throw notFound('The study');
    return toStudy(row);
  }

  /** `get` for a field resolved once per parent (a survey's study): one query per step per tick of the GraphQL request `ctx`. */
  async getBatched(ctx: object, user: AuthUser, id: string): Promise<Study | null> {
    const access = await nullIfNotFound(() =>
      this.studyAccess.requireStudyBatched(ctx, user, id, Right.READ),
    );
    return access ? this.byIdBatched(ctx, id) : null;
  }

  /** A study the user may read, or null (the same answer whether it is missing or foreign). */
  async get(user: AuthUser, id: string): Promise<Study | null> {
    const access = await nullIfNotFound(() => this.studyAccess.requireStudy(user, id, Right.READ));
    return access ? this.byId(id) : null;
  }
}

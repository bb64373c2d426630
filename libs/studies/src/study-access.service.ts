import { Injectable } from '@nestjs/common';
import { AccessService, Right, batchLoad, type AuthUser } from '@persona-lab/auth';
import { notFound } from '@persona-lab/errors';
import { StudyRepository } from './data/study.repository';

/** What a passed access check knows: the study, its workspace and the caller's role there. */
export interface StudyAccess {
  studyId: string;
  workspaceId: string;
  role: Awaited<ReturnType<AccessService['requireWorkspace']>>;
}

/** Finds the study a row belongs to (through its own lib's repository); undefined when there is no such row. */
export type StudyLocator = (id: string) => Promise<string | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access to a study, or to any row that leads to one, through its workspace. Auth decides what a
 * role may do in a workspace; this service knows which workspace a study is in. A non-member gets
 * NOT_FOUND (never FORBIDDEN), so outsiders cannot tell whether another workspace's things exist.
 */
@Injectable()
export class StudyAccessService {
  constructor(
    private readonly studies: StudyRepository,
    private readonly access: AccessService,
  ) {}

  /** Access to a study through its workspace. */
  requireStudy(
    user: AuthUser,
    studyId: string,
    right: Right,
    what = 'The study',
  ): Promise<StudyAccess> {
    return this.requireVia(user, async (id) => id, studyId, right, what);
  }

  /**
   * `requireStudy` for a field resolved once per parent (a list of studies' surveys, say): the
   * studies' workspaces and the caller's roles there are read in one query each per tick of the
   * GraphQL request `ctx`. The same answers and errors as `requireStudy`, parent by parent.
   */
  async requireStudyBatched(
    ctx: object,
    user: AuthUser,
    studyId: string,
    right: Right,
    what = 'The study',
  ): Promise<StudyAccess> {
    if (!UUID.test(studyId)) throw notFound(what);
    const workspaceId = await batchLoad(
      ctx,
      'studies.workspaceOf',
      (ids: readonly string[]) => this.workspacesOf(ids),
      studyId,
    );
    if (!workspaceId) throw notFound(what);
    const role = await this.access.requireWorkspaceBatched(ctx, user, workspaceId, right, what);
    return { studyId, workspaceId, role };
  }

  /** The workspace of each study (undefined for an unknown one), in the order asked. */
  private async workspacesOf(studyIds: readonly string[]): Promise<(string | undefined)[]> {
    const rows = new Map((await this.studies.byIds(studyIds)).map((s) => [s.id, s.workspaceId]));
    return studyIds.map((id) => rows.get(id));
  }

  /**
   * Access to any row that leads to a study: `locate` maps the row id to its study id, using the
   * repository of the lib that owns the row.
   */
  async requireVia(
    user: AuthUser,
    locate: StudyLocator,
    id: string,
    right: Right,
    what: string,
  ): Promise<StudyAccess> {
    if (!UUID.test(id)) throw notFound(what);
    const studyId = await locate(id);
    const workspaceId = studyId && (await this.studies.workspaceOf(studyId));
    if (!studyId || !workspaceId) throw notFound(what);
    const role = await this.access.requireWorkspace(user, workspaceId, right, what);
    return { studyId, workspaceId, role };
  }
}

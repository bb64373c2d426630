import { Injectable } from '@nestjs/common';
import { Right, batchLoad, byKeys, type AuthUser } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { StudyAccessService, type StudyAccess } from '@persona-lab/studies';
import { CodeRepository, type ImportedCode } from './data/code.repository';
import { HighlightRepository } from './data/highlight.repository';
import type { CreateCodeInput, UpdateCodeInput } from './dto/coding.input';
import type { Code } from './models/coding.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The codebook: codes with categories and a hierarchy. */
@Injectable()
export class CodebookService {
  constructor(
    private readonly codes: CodeRepository,
    private readonly highlights: HighlightRepository,
    private readonly access: StudyAccessService,
  ) {}

  /** Access to the study of a code (NOT_FOUND for codes the caller cannot see). */
  requireCode(user: AuthUser, codeId: string, right: Right): Promise<StudyAccess> {
    return this.access.requireVia(user, (id) => this.codes.studyOf(id), codeId, right, 'The code');
  }

  async list(studyId: string): Promise<Code[]> {
    return this.codes.list(studyId);
  }

  async byId(id: string): Promise<Code> {
    const code = await this.codes.byId(id);
    if (!code) throw notFound('The code');
    return code;
  }

  async highlightCount(codeId: string): Promise<number> {
    return this.highlights.countForCode(codeId);
  }

  /** `list` for a field resolved once per study: one query per tick of the GraphQL request `ctx`. */
  listBatched(ctx: object, studyId: string): Promise<Code[]> {
    return batchLoad(
      ctx,
      'coding.codebook',
      async (ids: readonly string[]) => {
        const codes = await this.codes.listForStudies(ids);
        return ids.map((id) => codes.filter((c) => c.studyId === id));
      },
      studyId,
    );
  }

  /** `byId` for a field resolved once per parent (a highlight's code): one query per tick of the GraphQL request `ctx`. */
  async byIdBatched(ctx: object, id: string): Promise<Code> {
    const code = await batchLoad(
      ctx,
      'coding.code',
      async (ids: readonly string[]) => {
        const codes = new Map((await this.codes.byIds(ids)).map((c) => [c.id, c]));
        return ids.map((i) => codes.get(i) ?? null);
      },
      id,
    );
    if (!code) throw notFound('The code');
    return code;
  }

  /** `highlightCount` for a field resolved once per code: one query per tick of the GraphQL request `ctx`. */
  highlightCountBatched(ctx: object, codeId: string): Promise<number> {
    return batchLoad(
      ctx,
      'coding.highlightCount',
      async (ids: readonly string[]) =>
        byKeys(
          ids,
          await this.highlights.countForCodes(ids),
          (r) => r.codeId,
          (r) => r.n,
          0,
        ),
      codeId,
    );
  }

  async create(user: AuthUser, input: CreateCodeInput): Promise<Code> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    if (input.parentId != null) await this.checkParent(input.studyId, input.parentId, null);
    const name = codeName(input.name);
    const id = await this.codes.insert(input.studyId, {
      name,
      description: input.description?.trim() || null,
      category: input.category,
      parentId: input.parentId ?? null,
    });
    if (!id)
      throw conflict(`A code named "${name}" already exists in this study.`, { field: 'name' });
    return this.byId(id);
  }

  /** Adds a codebook file's codes in one transaction; a name already in the codebook is refused and nothing is stored. */
  async createAll(studyId: string, codes: readonly ImportedCode[]): Promise<Code[]> {
    const named = codes.map((c) => ({
      ...c,
      name: codeName(c.name),
      description: c.description?.trim() || null,
    }));
    const created = await this.codes.insertAll(studyId, named);
    if ('taken' in created)
      throw conflict(`A code named "${created.taken}" already exists in this study.`, {
        field: 'name',
      });
    return created;
  }

  async update(user: AuthUser, id: string, input: UpdateCodeInput): Promise<Code> {
    const { studyId } = await this.requireCode(user, id, Right.RESEARCH);
    const current = await this.byId(id);
    const parentId = input.parentId === undefined ? current.parentId : input.parentId;
    if (parentId != null) await this.checkParent(studyId, parentId, id);
    const name = input.name?.trim() || current.name;
    if (await this.codes.nameTaken(studyId, name, id))
      throw conflict(`A code named "${name}" already exists in this study.`, { field: 'name' });
    await this.codes.update(id, {
      name,
      description:
        input.description === undefined ? current.description : input.description?.trim() || null,
      category: input.category ?? current.category,
      parentId,
    });
    return this.byId(id);
  }

  /** Moves every highlight of `sourceId` to `targetId` and deletes `sourceId`, in one transaction. */
  async merge(user: AuthUser, sourceId: string, targetId: string): Promise<Code> {
    if (sourceId === targetId) throw badInput('Choose two different codes to merge.');
    const a = await this.requireCode(user, sourceId, Right.RESEARCH);
    const b = await this.requireCode(user, targetId, Right.RESEARCH);
    if (a.studyId !== b.studyId) throw badInput('Codes can only be merged within one study.');
    // Highlights that would duplicate one already on the target are dropped rather than doubled.
    const merged = await this.codes.merge(sourceId, targetId);
    if (!merged) throw notFound('The code');
    return merged;
  }

  /** Deleting a code that has highlights needs `force`, so nobody loses coding by a slip. */
  async remove(user: AuthUser, id: string, force: boolean): Promise<boolean> {
    await this.requireCode(user, id, Right.RESEARCH);
    const count = await this.highlightCount(id);
    if (count > 0 && !force) {
      throw conflict(
        `This code has ${count} highlight${count === 1 ? '' : 's'}. Delete it with force: true to remove them too, or merge it into another code.`,
        { highlights: count },
      );
    }
    await this.codes.remove(id);
    return true;
  }

  private async checkParent(
    studyId: string,
    parentId: string,
    selfId: string | null,
  ): Promise<void> {
    if (!UUID.test(parentId))
      throw badInput('The parent code is not in this study.', { field: 'parentId' });
    if (!(await this.codes.inStudy(parentId, studyId)))
      throw badInput('The parent code is not in this study.', { field: 'parentId' });
    if (!selfId) return;
    // Walk up from the new parent: meeting the code itself would make a cycle.
    if ((await this.codes.selfAndAncestors(parentId)).includes(selfId)) {
      throw badInput('A code cannot be moved under itself or its own sub-codes.', {
        field: 'parentId',
      });
    }
  }
}

/** A code's name, trimmed; an empty one is refused. */
function codeName(raw: string): string {
  const name = raw.trim();
  if (!name) throw badInput('Give the code a name.', { field: 'name' });
  return name;
}

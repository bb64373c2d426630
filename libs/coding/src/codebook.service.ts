import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import type { CreateCodeInput, UpdateCodeInput } from './dto/coding.input';
import type { Code } from './models/coding.model';

export const CODE_VIA = 'SELECT c.id, st.workspace_id, st.id AS study_id FROM code c JOIN study st ON st.id = c.study_id WHERE c.id = $1';

const SELECT_CODE = 'SELECT id, name, description, category, parent_id AS "parentId", study_id AS "studyId" FROM code';

/** The codebook: codes with categories and a hierarchy. */
@Injectable()
export class CodebookService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(studyId: string): Promise<Code[]> {
    return this.db.query(`${SELECT_CODE} WHERE study_id = $1 ORDER BY lower(name)`, [studyId]);
  }

  async byId(id: string, m: EntityManager = this.db.manager): Promise<Code> {
    const [code] = await m.query(`${SELECT_CODE} WHERE id = $1`, [id]);
    if (!code) throw notFound('The code');
    return code;
  }

  async highlightCount(codeId: string): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM highlight WHERE code_id = $1 AND status <> 'REJECTED'`, [codeId]);
    return n;
  }

  async create(user: AuthUser, input: CreateCodeInput): Promise<Code> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    if (input.parentId != null) await this.checkParent(input.studyId, input.parentId, null);
    return this.insert(this.db.manager, input.studyId, input);
  }

  async insert(m: EntityManager, studyId: string, input: { name: string; description?: string | null; category: string; parentId?: string | null }): Promise<Code> {
    const name = input.name.trim();
    if (!name) throw badInput('Give the code a name.', { field: 'name' });
    const rows = await m.query(
      `INSERT INTO code (study_id, name, description, category, parent_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [studyId, name, input.description?.trim() || null, input.category, input.parentId ?? null],
    );
    if (!rows.length) throw conflict(`A code named "${name}" already exists in this study.`, { field: 'name' });
    return this.byId(rows[0].id, m);
  }

  async update(user: AuthUser, id: string, input: UpdateCodeInput): Promise<Code> {
    const { studyId } = await this.access.requireVia(user, CODE_VIA, id, Right.RESEARCH, 'The code');
    const current = await this.byId(id);
    const parentId = input.parentId === undefined ? current.parentId : input.parentId;
    if (parentId != null) await this.checkParent(studyId, parentId, id);
    const name = input.name?.trim() || current.name;
    const clash = await this.db.query('SELECT 1 FROM code WHERE study_id = $1 AND lower(name) = lower($2) AND id <> $3', [studyId, name, id]);
    if (clash.length) throw conflict(`A code named "${name}" already exists in this study.`, { field: 'name' });
    await this.db.query('UPDATE code SET name = $2, description = $3, category = $4, parent_id = $5 WHERE id = $1', [
      id,
      name,
      input.description === undefined ? current.description : input.description?.trim() || null,
      input.category ?? current.category,
      parentId,
    ]);
    return this.byId(id);
  }

  /** Moves every highlight of `sourceId` to `targetId` and deletes `sourceId`, in one transaction. */
  async merge(user: AuthUser, sourceId: string, targetId: string): Promise<Code> {
    if (sourceId === targetId) throw badInput('Choose two different codes to merge.');
    const a = await this.access.requireVia(user, CODE_VIA, sourceId, Right.RESEARCH, 'The code');
    const b = await this.access.requireVia(user, CODE_VIA, targetId, Right.RESEARCH, 'The code');
    if (a.studyId !== b.studyId) throw badInput('Codes can only be merged within one study.');
    return this.db.transaction(async (tx) => {
      // Highlights that would duplicate one already on the target are dropped rather than doubled.
      await tx.query(
        `DELETE FROM highlight h USING highlight t
          WHERE h.code_id = $1 AND t.code_id = $2 AND t.coder = h.coder AND t.source_type = h.source_type
            AND t.segment_id IS NOT DISTINCT FROM h.segment_id AND t.response_id IS NOT DISTINCT FROM h.response_id
            AND t.question_id IS NOT DISTINCT FROM h.question_id AND t.start_offset = h.start_offset AND t.end_offset = h.end_offset`,
        [sourceId, targetId],
      );
      await tx.query('UPDATE highlight SET code_id = $2 WHERE code_id = $1', [sourceId, targetId]);
      await tx.query('UPDATE code SET parent_id = $2 WHERE parent_id = $1 AND id <> $2', [sourceId, targetId]);
      await tx.query('DELETE FROM code WHERE id = $1', [sourceId]);
      return this.byId(targetId, tx);
    });
  }

  /** Deleting a code that has highlights needs `force`, so nobody loses coding by a slip. */
  async remove(user: AuthUser, id: string, force: boolean): Promise<boolean> {
    await this.access.requireVia(user, CODE_VIA, id, Right.RESEARCH, 'The code');
    const count = await this.highlightCount(id);
    if (count > 0 && !force) {
      throw conflict(`This code has ${count} highlight${count === 1 ? '' : 's'}. Delete it with force: true to remove them too, or merge it into another code.`, { highlights: count });
    }
    await this.db.query('DELETE FROM code WHERE id = $1', [id]);
    return true;
  }

  private async checkParent(studyId: string, parentId: string, selfId: string | null): Promise<void> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parentId)) {
      throw badInput('The parent code is not in this study.', { field: 'parentId' });
    }
    const [parent] = await this.db.query('SELECT id FROM code WHERE id = $1 AND study_id = $2', [parentId, studyId]);
    if (!parent) throw badInput('The parent code is not in this study.', { field: 'parentId' });
    if (!selfId) return;
    // Walk up from the new parent: meeting the code itself would make a cycle.
    const chain: { id: string }[] = await this.db.query(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM code WHERE id = $1
         UNION ALL SELECT c.id, c.parent_id FROM code c JOIN up ON c.id = up.parent_id) SELECT id FROM up`,
      [parentId],
    );
    if (chain.some((c) => c.id === selfId)) throw badInput('A code cannot be moved under itself or its own sub-codes.', { field: 'parentId' });
  }
}

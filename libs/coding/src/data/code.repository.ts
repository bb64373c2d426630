import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { CodeCategory } from '../models/coding.model';
import { CodeEntity } from './code.entity';

/** A code as the `Code` model shows it. */
export interface CodeRow {
  id: string;
  name: string;
  description: string | null;
  category: CodeCategory;
  parentId: string | null;
  studyId: string;
}

/** A new code's fields; the name is already trimmed and not empty. */
export interface NewCode {
  name: string;
  description: string | null;
  category: string;
  parentId: string | null;
}

/** A code of a codebook file: `parentKey` names an earlier code of the same file. */
export interface ImportedCode extends Omit<NewCode, 'parentId'> {
  key: string;
  parentKey: string | null;
}

/** Thrown inside an import's transaction to roll it back when a name is taken. */
class NameTaken extends Error {
  constructor(readonly codeName: string) {
    super(`A code named "${codeName}" already exists.`);
  }
}

const SELECT_CODE =
  'SELECT id, name, description, category, parent_id AS "parentId", study_id AS "studyId" FROM code';

/** The codebook (table `code`), and the moves of highlights that merging codes makes. */
@Injectable()
export class CodeRepository {
  constructor(@InjectRepository(CodeEntity) private readonly codes: Repository<CodeEntity>) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.codes.manager.transaction(fn);
  }

  /** A study's codes, by name. */
  async list(studyId: string): Promise<CodeRow[]> {
    return this.codes.query(`${SELECT_CODE} WHERE study_id = $1 ORDER BY lower(name)`, [studyId]);
  }

  /** The codebooks of these studies, in one query; per study by name. */
  async listForStudies(studyIds: readonly string[]): Promise<CodeRow[]> {
    if (!studyIds.length) return [];
    return this.codes.query(
      `${SELECT_CODE} WHERE study_id = ANY($1::uuid[]) ORDER BY lower(name)`,
      [[...new Set(studyIds)]],
    );
  }

  /** The codes with these ids, in one query; unknown ids are left out, order is not kept. */
  async byIds(ids: readonly string[]): Promise<CodeRow[]> {
    if (!ids.length) return [];
    return this.codes.query(`${SELECT_CODE} WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
  }

  /** One code, or undefined when there is none. */
  async byId(
    id: string,
    manager: EntityManager = this.codes.manager,
  ): Promise<CodeRow | undefined> {
    const [code]: CodeRow[] = await manager.query(`${SELECT_CODE} WHERE id = $1`, [id]);
    return code;
  }

  /** The study a code belongs to, or undefined when there is no such code. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.codes.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /** Number of codes in a study. */
  async count(studyId: string): Promise<number> {
    return this.codes.count({ where: { studyId } });
  }

  /** Adds a code; undefined when the study already has a code of that name (any case). */
  async insert(
    studyId: string,
    code: NewCode,
    manager: EntityManager = this.codes.manager,
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO code (study_id, name, description, category, parent_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [studyId, code.name, code.description, code.category, code.parentId],
    );
    return rows[0]?.id;
  }

  /**
   * Adds a file's codes in one transaction, parents before children; when a name is already in
   * the codebook (or twice in the file) nothing is stored and the name is answered.
   */
  async insertAll(
    studyId: string,
    codes: readonly ImportedCode[],
  ): Promise<CodeRow[] | { taken: string }> {
    try {
      return await this.transaction(async (tx) => {
        const ids = new Map<string, string>();
        const created: CodeRow[] = [];
        for (const c of codes) {
          const parentId = c.parentKey ? (ids.get(c.parentKey) ?? null) : null;
          const id = await this.insert(
            studyId,
            { name: c.name, description: c.description, category: c.category, parentId },
            tx,
          );
          if (!id) throw new NameTaken(c.name);
          ids.set(c.key, id);
          created.push((await this.byId(id, tx))!);
        }
        return created;
      });
    } catch (error) {
      if (error instanceof NameTaken) return { taken: error.codeName };
      throw error;
    }
  }

  /** Adds a code under the first of `names` that is free in the study; undefined when none is. */
  async insertFirstFree(
    studyId: string,
    names: readonly string[],
    description: string | null,
    category: string,
    manager: EntityManager = this.codes.manager,
  ): Promise<string | undefined> {
    for (const name of names) {
      const id = await this.insert(
        studyId,
        { name, description, category, parentId: null },
        manager,
      );
      if (id) return id;
    }
    return undefined;
  }

  /** Whether another code of the study (not `exceptId`) has this name, in any case. */
  async nameTaken(
    studyId: string,
    name: string,
    exceptId: string,
    manager: EntityManager = this.codes.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM code WHERE study_id = $1 AND lower(name) = lower($2) AND id <> $3',
      [studyId, name, exceptId],
    );
    return rows.length > 0;
  }

  /** Sets every field of a code. */
  async update(id: string, code: NewCode): Promise<void> {
    await this.codes.query(
      'UPDATE code SET name = $2, description = $3, category = $4, parent_id = $5 WHERE id = $1',
      [id, code.name, code.description, code.category, code.parentId],
    );
  }

  /** Renames a code (in the caller's transaction, if given). */
  async rename(
    id: string,
    name: string,
    manager: EntityManager = this.codes.manager,
  ): Promise<void> {
    await manager.query('UPDATE code SET name = $2 WHERE id = $1', [id, name]);
  }

  /** Whether the code exists in the study. */
  async inStudy(id: string, studyId: string): Promise<boolean> {
    const rows: unknown[] = await this.codes.query(
      'SELECT id FROM code WHERE id = $1 AND study_id = $2',
      [id, studyId],
    );
    return rows.length > 0;
  }

  /** The code and its ancestors, walking up the hierarchy. */
  async selfAndAncestors(id: string): Promise<string[]> {
    const chain: { id: string }[] = await this.codes.query(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM code WHERE id = $1
         UNION ALL SELECT c.id, c.parent_id FROM code c JOIN up ON c.id = up.parent_id) SELECT id FROM up`,
      [id],
    );
    return chain.map((c) => c.id);
  }

  /**
   * Moves every highlight of `sourceId` to `targetId` (dropping those that would duplicate one
   * already on the target), moves its sub-codes under the target and deletes it, in one transaction.
   */
  async merge(sourceId: string, targetId: string): Promise<CodeRow | undefined> {
    return this.transaction(async (tx) => {
      await tx.query(
        `DELETE FROM highlight h USING highlight t
          WHERE h.code_id = $1 AND t.code_id = $2 AND t.coder = h.coder AND t.source_type = h.source_type
            AND t.segment_id IS NOT DISTINCT FROM h.segment_id AND t.response_id IS NOT DISTINCT FROM h.response_id
            AND t.question_id IS NOT DISTINCT FROM h.question_id AND t.message_id IS NOT DISTINCT FROM h.message_id
            AND t.start_offset = h.start_offset AND t.end_offset = h.end_offset`,
        [sourceId, targetId],
      );
      await tx.query('UPDATE highlight SET code_id = $2 WHERE code_id = $1', [sourceId, targetId]);
      await tx.query('UPDATE code SET parent_id = $2 WHERE parent_id = $1 AND id <> $2', [
        sourceId,
        targetId,
      ]);
      await tx.query('DELETE FROM code WHERE id = $1', [sourceId]);
      return this.byId(targetId, tx);
    });
  }

  /** Deletes a code, its highlights and its theme (in the caller's transaction, if given). */
  async remove(id: string, manager: EntityManager = this.codes.manager): Promise<void> {
    await manager.query('DELETE FROM code WHERE id = $1', [id]);
  }

  /** The study's codes as a coder sees them, by name. */
  async forCoding(
    studyId: string,
  ): Promise<{ id: string; name: string; description: string | null; category: string }[]> {
    return this.codes.query(
      'SELECT id, name, description, category FROM code WHERE study_id = $1 ORDER BY name',
      [studyId],
    );
  }
}

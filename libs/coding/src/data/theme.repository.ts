import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { ThemeEntity } from './theme.entity';

/** The scope of transcript themes (`theme.source_scope`). */
export const TRANSCRIPTS_SCOPE = 'TRANSCRIPTS';
/** The scope of themes found in customers' feedback messages (`theme.source_scope`). */
export const FEEDBACK_SCOPE = 'FEEDBACK';

/** A theme row; the `Theme` model adds its source label (a question's title needs the survey). */
export interface ThemeRow {
  id: string;
  label: string;
  description: string | null;
  keyphrases: string[];
  unitCount: number;
  codeId: string;
  studyId: string;
  /** The question the theme was found in; null for transcript themes. */
  questionId: string | null;
  /** The survey of that question; null for transcript themes. */
  surveyId: string | null;
  /** The question id, `TRANSCRIPTS` or `FEEDBACK`. */
  sourceScope: string;
}

/** A new theme, as a run stores it. */
export interface NewTheme {
  runId: string;
  codeId: string;
  label: string;
  description: string | null;
  keyphrases: string[];
  sourceScope: string;
  surveyId: string | null;
  unitCount: number;
  themeKey: string;
}

const SELECT_THEME = `SELECT t.id, t.label, t.description, t.keyphrases, t.unit_count AS "unitCount", t.code_id AS "codeId", t.study_id AS "studyId",
  CASE WHEN t.source_scope IN ('${TRANSCRIPTS_SCOPE}', '${FEEDBACK_SCOPE}') THEN NULL ELSE t.source_scope END AS "questionId",
  CASE WHEN t.source_scope IN ('${TRANSCRIPTS_SCOPE}', '${FEEDBACK_SCOPE}') THEN NULL ELSE t.survey_id END AS "surveyId",
  t.source_scope AS "sourceScope"
  FROM theme t`;
const ORDER = `ORDER BY t.source_scope IN ('${TRANSCRIPTS_SCOPE}', '${FEEDBACK_SCOPE}'), t.source_scope, t.unit_count DESC, t.label, t.id`;

/** Themes (table `theme`) and the changes to their codes and highlights that acting on a theme makes. */
@Injectable()
export class ThemeRepository {
  constructor(@InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.themes.manager.transaction(fn);
  }

  /** A study's themes: per question, transcripts last, then by size. */
  async list(studyId: string): Promise<ThemeRow[]> {
    return this.themes.query(`${SELECT_THEME} WHERE t.study_id = $1 ${ORDER}`, [studyId]);
  }

  /** The themes a run proposed or updated last. */
  async ofRun(runId: string): Promise<ThemeRow[]> {
    return this.themes.query(`${SELECT_THEME} WHERE t.run_id = $1 ${ORDER}`, [runId]);
  }

  async byId(
    id: string,
    manager: EntityManager = this.themes.manager,
  ): Promise<ThemeRow | undefined> {
    const [theme]: ThemeRow[] = await manager.query(`${SELECT_THEME} WHERE t.id = $1`, [id]);
    return theme;
  }

  /** The study a theme belongs to, or undefined when there is no such theme. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.themes.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /**
   * Accepts every pending suggestion of the theme's code by `coder`, remembering which (unless
   * there were none). Undefined when there is no such theme.
   */
  async accept(id: string, coder: string): Promise<ThemeRow | undefined> {
    return this.transaction(async (tx) => {
      const [theme]: { code_id: string }[] = await tx.query(
        'SELECT code_id FROM theme WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!theme) return undefined;
      const accepted: { id: string }[] = await tx.query(
        `WITH u AS (UPDATE highlight SET status = 'ACCEPTED' WHERE code_id = $1 AND coder = $2 AND status = 'SUGGESTED' RETURNING id) SELECT id FROM u`,
        [theme.code_id, coder],
      );
      if (accepted.length)
        await tx.query('UPDATE theme SET accepted_ids = $2, updated_at = now() WHERE id = $1', [
          id,
          accepted.map((r) => r.id),
        ]);
      return this.byId(id, tx);
    });
  }

  /**
   * Puts the highlights the last accept accepted back to SUGGESTED (those still accepted and on
   * the theme's code). 'missing': no such theme; 'nothing': nothing accepted to undo.
   */
  async undoAccept(id: string): Promise<ThemeRow | 'missing' | 'nothing'> {
    return this.transaction(async (tx) => {
      const [theme]: { code_id: string; accepted_ids: string[] }[] = await tx.query(
        'SELECT code_id, accepted_ids FROM theme WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!theme) return 'missing';
      if (!theme.accepted_ids.length) return 'nothing';
      await tx.query(
        `UPDATE highlight SET status = 'SUGGESTED' WHERE id = ANY($1) AND code_id = $2 AND status = 'ACCEPTED'`,
        [theme.accepted_ids, theme.code_id],
      );
      await tx.query(`UPDATE theme SET accepted_ids = '{}', updated_at = now() WHERE id = $1`, [
        id,
      ]);
      return (await this.byId(id, tx)) ?? 'missing';
    });
  }

  /** Renames the theme and its code. 'missing': no such theme; 'taken': another code of the study has the name. */
  async rename(id: string, name: string): Promise<ThemeRow | 'missing' | 'taken'> {
    return this.transaction(async (tx) => {
      const [theme]: { code_id: string; study_id: string }[] = await tx.query(
        'SELECT code_id, study_id FROM theme WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!theme) return 'missing';
      const clash: unknown[] = await tx.query(
        'SELECT 1 FROM code WHERE study_id = $1 AND lower(name) = lower($2) AND id <> $3',
        [theme.study_id, name, theme.code_id],
      );
      if (clash.length) return 'taken';
      await tx.query('UPDATE code SET name = $2 WHERE id = $1', [theme.code_id, name]);
      await tx.query('UPDATE theme SET label = $2, updated_at = now() WHERE id = $1', [id, name]);
      return (await this.byId(id, tx)) ?? 'missing';
    });
  }

  /** A theme's code, its own key and the keys merged into it. */
  async keys(
    id: string,
  ): Promise<{ codeId: string; themeKey: string; mergedKeys: string[] } | undefined> {
    const row = await this.themes.findOne({
      select: { codeId: true, themeKey: true, mergedKeys: true },
      where: { id },
    });
    return row
      ? { codeId: row.codeId, themeKey: row.themeKey, mergedKeys: row.mergedKeys }
      : undefined;
  }

  /** Remembers keys of themes merged into this one, so a re-run that finds them again adds to it. */
  async addMergedKeys(id: string, keys: readonly string[]): Promise<void> {
    await this.themes.query(
      'UPDATE theme SET merged_keys = merged_keys || $2::text[] WHERE id = $1',
      [id, keys],
    );
  }

  /** Recounts the distinct units the theme's code has highlights (not rejected) on. */
  async recountUnits(id: string, codeId: string): Promise<void> {
    await this.themes.query(
      `UPDATE theme SET updated_at = now(), unit_count = (
         SELECT count(DISTINCT COALESCE(segment_id::text, message_id::text, response_id::text || ':' || question_id)) FROM highlight WHERE code_id = $2 AND status <> 'REJECTED')
        WHERE id = $1`,
      [id, codeId],
    );
  }

  /**
   * Deletes the theme with its code and the code's remaining (pending or rejected) highlights.
   * Refused while the code has accepted highlights: answers their number then, or 'missing'.
   */
  async drop(id: string): Promise<{ accepted: number } | 'missing' | 'dropped'> {
    return this.transaction(async (tx) => {
      const [theme]: { code_id: string }[] = await tx.query(
        'SELECT code_id FROM theme WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!theme) return 'missing';
      const [{ n }]: { n: number }[] = await tx.query(
        `SELECT count(*)::int AS n FROM highlight WHERE code_id = $1 AND status = 'ACCEPTED'`,
        [theme.code_id],
      );
      if (n > 0) return { accepted: n };
      await tx.query('DELETE FROM code WHERE id = $1', [theme.code_id]);
      return 'dropped';
    });
  }

  /** The study's theme with this key, or the one it was merged into (its own key first), in the caller's transaction. */
  async findByKey(
    studyId: string,
    key: string,
    manager: EntityManager,
  ): Promise<{ id: string; codeId: string; own: boolean } | undefined> {
    const [row]: { id: string; codeId: string; own: boolean }[] = await manager.query(
      `SELECT id, code_id AS "codeId", theme_key = $2 AS own FROM theme WHERE study_id = $1 AND (theme_key = $2 OR $2 = ANY(merged_keys))
        ORDER BY (theme_key = $2) DESC LIMIT 1`,
      [studyId, key],
    );
    return row;
  }

  /** A run found the theme again: it becomes the theme's run, with new figures when they are the theme's own. */
  async rediscovered(
    id: string,
    runId: string,
    figures: { unitCount: number; keyphrases: string[] } | null,
    manager: EntityManager,
  ): Promise<void> {
    if (figures) {
      await manager.query(
        'UPDATE theme SET run_id = $2, unit_count = $3, keyphrases = $4, updated_at = now() WHERE id = $1',
        [id, runId, figures.unitCount, figures.keyphrases],
      );
    } else {
      await manager.query('UPDATE theme SET run_id = $2, updated_at = now() WHERE id = $1', [
        id,
        runId,
      ]);
    }
  }

  async insert(studyId: string, theme: NewTheme, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO theme (study_id, run_id, code_id, label, description, keyphrases, source_scope, survey_id, unit_count, theme_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        studyId,
        theme.runId,
        theme.codeId,
        theme.label,
        theme.description,
        theme.keyphrases,
        theme.sourceScope,
        theme.surveyId,
        theme.unitCount,
        theme.themeKey,
      ],
    );
  }
}

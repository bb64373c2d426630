import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { CodebookService } from '../codebook.service';
import { SELECT_HIGHLIGHT } from '../highlight.service';
import type { Highlight } from '../models/coding.model';
import { THEME_CODER } from './theme-run.service';
import { TRANSCRIPTS } from './theme-units';
import type { Theme } from './theme.model';

const THEME_VIA = 'SELECT t.id, st.workspace_id, st.id AS study_id FROM theme t JOIN study st ON st.id = t.study_id WHERE t.id = $1';

const SELECT_THEME = `SELECT t.id, t.label, t.description, t.keyphrases, t.unit_count AS "unitCount", t.code_id AS "codeId", t.study_id AS "studyId",
  CASE WHEN t.source_scope = '${TRANSCRIPTS}' THEN NULL ELSE t.source_scope END AS "questionId",
  CASE WHEN t.source_scope = '${TRANSCRIPTS}' THEN 'Interview transcripts'
       ELSE COALESCE((SELECT q ->> 'title' FROM survey s, jsonb_array_elements(s.definition -> 'questions') q
                       WHERE s.id = t.survey_id AND q ->> 'id' = t.source_scope LIMIT 1), t.source_scope) END AS "sourceLabel"
  FROM theme t`;

/** Themes after discovery: read them, and accept, undo, rename, merge or drop them as a whole. */
@Injectable()
export class ThemeService {
  // Both count fields of one theme in one answer share a query.
  private readonly counted = new WeakMap<Theme, Promise<{ pending: number; accepted: number }>>();

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly codebook: CodebookService,
  ) {}

  /** A study's themes: transcripts last, then by size. */
  async list(user: AuthUser, studyId: string): Promise<Theme[]> {
    await this.access.requireStudy(user, studyId, Right.READ);
    return this.db.query(`${SELECT_THEME} WHERE t.study_id = $1 ORDER BY t.source_scope = '${TRANSCRIPTS}', t.source_scope, t.unit_count DESC, t.label, t.id`, [studyId]);
  }

  /** The themes a run proposed or updated (a later run over the same text takes them over). */
  async ofRun(runId: string): Promise<Theme[]> {
    return this.db.query(`${SELECT_THEME} WHERE t.run_id = $1 ORDER BY t.source_scope = '${TRANSCRIPTS}', t.source_scope, t.unit_count DESC, t.label, t.id`, [runId]);
  }

  async byId(id: string, m: EntityManager = this.db.manager): Promise<Theme> {
    const [theme] = await m.query(`${SELECT_THEME} WHERE t.id = $1`, [id]);
    if (!theme) throw notFound('The theme');
    return theme;
  }

  /** Suggestions of the theme's code still waiting for review, and those of them accepted (one query per theme object). */
  counts(theme: Theme): Promise<{ pending: number; accepted: number }> {
    let counted = this.counted.get(theme);
    if (!counted) {
      counted = this.db
        .query(
          `SELECT count(*) FILTER (WHERE status = 'SUGGESTED')::int AS pending, count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted
             FROM highlight WHERE code_id = $1 AND coder = $2`,
          [theme.codeId, THEME_CODER],
        )
        .then((rows: { pending: number; accepted: number }[]) => rows[0]);
      this.counted.set(theme, counted);
    }
    return counted;
  }

  /** The best-fitting member sentences that are not rejected: accepted or pending suggestions of the theme's code. */
  async examples(theme: Theme, first: number): Promise<Highlight[]> {
    const n = Math.max(0, Math.min(50, Math.trunc(first)));
    if (!n) return [];
    return this.db.query(
      `${SELECT_HIGHLIGHT} WHERE h.code_id = $1 AND h.coder = $2 AND h.status <> 'REJECTED' ORDER BY h.confidence DESC NULLS LAST, h.id LIMIT $3`,
      [theme.codeId, THEME_CODER, n],
    );
  }

  /** Accepts every pending suggestion of the theme at once, remembering which, for `undoAccept`. */
  async accept(user: AuthUser, id: string): Promise<Theme> {
    await this.access.requireVia(user, THEME_VIA, id, Right.RESEARCH, 'The theme');
    return this.db.transaction(async (tx) => {
      const [theme] = await tx.query('SELECT code_id FROM theme WHERE id = $1 FOR UPDATE', [id]);
      if (!theme) throw notFound('The theme');
      const accepted: { id: string }[] = await tx.query(
        `WITH u AS (UPDATE highlight SET status = 'ACCEPTED' WHERE code_id = $1 AND coder = $2 AND status = 'SUGGESTED' RETURNING id) SELECT id FROM u`,
        [theme.code_id, THEME_CODER],
      );
      // Accepting a theme with nothing pending (a double click) keeps what a later undo restores.
      if (accepted.length) await tx.query('UPDATE theme SET accepted_ids = $2, updated_at = now() WHERE id = $1', [id, accepted.map((r) => r.id)]);
      return this.byId(id, tx);
    });
  }

  /** Puts exactly the highlights the last `accept` accepted back to suggested (those still accepted and on this theme). */
  async undoAccept(user: AuthUser, id: string): Promise<Theme> {
    await this.access.requireVia(user, THEME_VIA, id, Right.RESEARCH, 'The theme');
    return this.db.transaction(async (tx) => {
      const [theme] = await tx.query('SELECT code_id, accepted_ids FROM theme WHERE id = $1 FOR UPDATE', [id]);
      if (!theme) throw notFound('The theme');
      if (!theme.accepted_ids.length) throw conflict('There is no accepted theme to undo: accept the theme first.');
      await tx.query(`UPDATE highlight SET status = 'SUGGESTED' WHERE id = ANY($1) AND code_id = $2 AND status = 'ACCEPTED'`, [theme.accepted_ids, theme.code_id]);
      await tx.query(`UPDATE theme SET accepted_ids = '{}', updated_at = now() WHERE id = $1`, [id]);
      return this.byId(id, tx);
    });
  }

  /** Renames the theme and its code (code names are unique in a study). */
  async rename(user: AuthUser, id: string, label: string): Promise<Theme> {
    await this.access.requireVia(user, THEME_VIA, id, Right.RESEARCH, 'The theme');
    const name = label.replace(/\s+/g, ' ').trim();
    if (!name || name.length > 120) throw badInput('Give the theme a label of 1 to 120 characters.', { field: 'label' });
    return this.db.transaction(async (tx) => {
      const [theme] = await tx.query('SELECT code_id, study_id FROM theme WHERE id = $1 FOR UPDATE', [id]);
      if (!theme) throw notFound('The theme');
      const clash = await tx.query('SELECT 1 FROM code WHERE study_id = $1 AND lower(name) = lower($2) AND id <> $3', [theme.study_id, name, theme.code_id]);
      if (clash.length) throw conflict(`A code named "${name}" already exists in this study; choose another label or merge the two themes.`, { field: 'label' });
      await tx.query('UPDATE code SET name = $2 WHERE id = $1', [theme.code_id, name]);
      await tx.query('UPDATE theme SET label = $2, updated_at = now() WHERE id = $1', [id, name]);
      return this.byId(id, tx);
    });
  }

  /**
   * Moves the source theme's highlights to the target's code (a span the target already has from
   * the same coder is not doubled), deletes the source theme and its code, and remembers the
   * source's key so a re-run adds what it finds again to the target.
   */
  async merge(user: AuthUser, sourceId: string, targetId: string): Promise<Theme> {
    if (sourceId === targetId) throw badInput('Choose two different themes to merge.');
    const a = await this.access.requireVia(user, THEME_VIA, sourceId, Right.RESEARCH, 'The theme');
    const b = await this.access.requireVia(user, THEME_VIA, targetId, Right.RESEARCH, 'The theme');
    if (a.studyId !== b.studyId) throw badInput('Themes can only be merged within one study.');
    const [source] = await this.db.query('SELECT code_id, theme_key, merged_keys FROM theme WHERE id = $1', [sourceId]);
    const [target] = await this.db.query('SELECT code_id FROM theme WHERE id = $1', [targetId]);
    if (!source || !target) throw notFound('The theme');
    await this.db.query('UPDATE theme SET merged_keys = merged_keys || $2::text[] WHERE id = $1', [targetId, [source.theme_key, ...source.merged_keys]]);
    // The codebook's merge moves the highlights in one transaction; the source theme goes with its code.
    await this.codebook.merge(user, source.code_id, target.code_id);
    await this.db.query(
      `UPDATE theme SET updated_at = now(), unit_count = (
         SELECT count(DISTINCT COALESCE(segment_id::text, response_id::text || ':' || question_id)) FROM highlight WHERE code_id = $2 AND status <> 'REJECTED')
        WHERE id = $1`,
      [targetId, target.code_id],
    );
    return this.byId(targetId);
  }

  /**
   * Deletes the theme, its code and its pending suggestions. A theme with accepted highlights is
   * refused, so nobody loses coding by a slip: undo the acceptance or merge it first.
   */
  async drop(user: AuthUser, id: string): Promise<boolean> {
    await this.access.requireVia(user, THEME_VIA, id, Right.RESEARCH, 'The theme');
    return this.db.transaction(async (tx) => {
      const [theme] = await tx.query('SELECT code_id FROM theme WHERE id = $1 FOR UPDATE', [id]);
      if (!theme) throw notFound('The theme');
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM highlight WHERE code_id = $1 AND status = 'ACCEPTED'`, [theme.code_id]);
      if (n > 0) {
        throw conflict(`This theme's code has ${n} accepted highlight${n === 1 ? '' : 's'}. Undo the acceptance, or merge the theme into another, before dropping it.`, { highlights: n });
      }
      // The code's remaining highlights are pending or rejected suggestions; the theme row goes with the code.
      await tx.query('DELETE FROM code WHERE id = $1', [theme.code_id]);
      return true;
    });
  }
}

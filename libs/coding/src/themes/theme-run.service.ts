import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { DomainError, badInput, conflict, notFound } from '@persona-lab/errors';
import { LLM_CLIENT, LlmError, TOKEN_BUDGET, chooseProvider, type LlmClient } from '@persona-lab/llm';
import { MIN_UNITS } from './discover-themes';
import type { DiscoverThemesInput } from './discover-themes.input';
import { runThemeEngine } from './run-theme-engine';
import { relabelThemes, relabelTokens, type ThemeLabel } from './theme-labels';
import { TRANSCRIPTS, chooseQuestions, loadThemeGroups, themeKey, type ThemeGroup, type ThemeSourceUnit } from './theme-units';
import type { ThemeRun } from './theme.model';
import type { Theme as FoundTheme } from './types';

export const THEME_JOB = 'discover-themes';
/** The coder of theme suggestions (`highlight.coder`). */
export const THEME_CODER = 'offline-themes';
/** An active run whose heartbeat is older than this was lost (its worker died too often) and no longer blocks a new one. */
const STALE_RUN = '1 hour';
/** Member sentences per theme shown to a model that relabels themes. */
const EXAMPLES_FOR_MODEL = 4;

const RUN_VIA = 'SELECT r.id, st.workspace_id, st.id AS study_id FROM theme_run r JOIN study st ON st.id = r.study_id WHERE r.id = $1';
const SELECT_RUN = `SELECT id, status, progress, error, message, theme_count AS "themeCount", suggestion_count AS "suggestionCount", provider FROM theme_run`;

interface GroupResult {
  group: ThemeGroup;
  themes: (FoundTheme & { key: string; words?: ThemeLabel })[];
}

/** Theme discovery as a background job: per question (and transcripts), themes become codes with suggested highlights. */
@Injectable()
export class ThemeRunService implements OnModuleInit {
  private readonly logger = new Logger('ThemeRun');

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly queue: JobQueue,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    @Inject(TOKEN_BUDGET) private readonly tokenBudget: number,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ runId: string }>(THEME_JOB, ({ runId }) => this.execute(runId));
  }

  /** Checks the input (nothing is written when it is wrong) and queues a run. */
  async start(user: AuthUser, input: DiscoverThemesInput): Promise<ThemeRun> {
    const { studyId } = input;
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    const provider = chooseProvider(input.provider ?? 'offline', this.llm);
    const includeTranscripts = input.includeTranscripts ?? true;
    const questions = await chooseQuestions(this.db, studyId, input.questionIds);
    const groups = await loadThemeGroups(this.db, studyId, questions, includeTranscripts);
    if (!groups.some((g) => g.units.length)) {
      throw badInput(
        input.questionIds == null
          ? `This study has no open-text answers${includeTranscripts ? ' or interview transcripts' : ''} to find themes in yet.`
          : 'The chosen questions have no answers yet; themes are found in answers people gave.',
      );
    }
    await this.db.query(
      `UPDATE theme_run SET status = 'FAILED', error = 'The run stopped without finishing (its worker went away); start it again.', finished_at = now()
        WHERE study_id = $1 AND status IN ('QUEUED', 'RUNNING') AND COALESCE(heartbeat_at, created_at) < now() - $2::interval`,
      [studyId, STALE_RUN],
    );
    const rows = await this.db.query(
      `INSERT INTO theme_run (study_id, question_ids, include_transcripts, provider, model, created_by, heartbeat_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT DO NOTHING RETURNING id`,
      [studyId, input.questionIds ?? null, includeTranscripts, provider, provider === 'openai' ? this.llm!.model : null, user.id],
    );
    if (!rows.length) throw conflict('Theme discovery is already running for this study; wait for it to finish, then run it again.');
    await this.queue.send(THEME_JOB, { runId: rows[0].id }, { singletonKey: rows[0].id });
    return this.byId(rows[0].id);
  }

  async get(user: AuthUser, id: string): Promise<ThemeRun> {
    await this.access.requireVia(user, RUN_VIA, id, Right.READ, 'The theme run');
    return this.byId(id);
  }

  private async byId(id: string): Promise<ThemeRun> {
    const [run] = await this.db.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    if (!run) throw notFound('The theme run');
    return run;
  }

  /**
   * Runs (or resumes after a crash) a theme run. Idempotent: themes are matched by their stable
   * key and suggestions are unique per code and span, so a retried or repeated run adds no
   * duplicates, and highlights people accepted or rejected are never changed.
   */
  async execute(runId: string): Promise<void> {
    const claimed = await this.db.query(
      `WITH u AS (UPDATE theme_run SET status = 'RUNNING', started_at = COALESCE(started_at, now()), heartbeat_at = now()
                   WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')
                   RETURNING study_id, question_ids, include_transcripts, provider) SELECT * FROM u`,
      [runId],
    );
    if (!claimed.length) return;
    const { study_id: studyId, question_ids: questionIds, include_transcripts: includeTranscripts, provider } = claimed[0];
    try {
      const questions = await chooseQuestions(this.db, studyId, questionIds);
      const groups = await loadThemeGroups(this.db, studyId, questions, includeTranscripts);
      const notes: string[] = [];
      const usable = groups.filter((g) => {
        if (g.units.length >= MIN_UNITS) return true;
        if (g.units.length || g.scope !== TRANSCRIPTS) {
          const what = g.scope === TRANSCRIPTS ? 'participant turns' : 'answers';
          notes.push(`${quoted(g)} has ${g.units.length} ${what}; themes need at least ${MIN_UNITS}.`);
        }
        return false;
      });
      const total = usable.reduce((n, g) => n + g.units.length, 0);
      let done = 0;
      let reporting = Promise.resolve();
      const report = (value: number) => (reporting = reporting.then(() => this.progress(runId, value)).catch(() => undefined));
      const results: GroupResult[] = [];
      for (const group of usable) {
        // Embedding is most of the work: each group's share of 0–0.9 follows its number of units.
        const result = await runThemeEngine(
          group.units.map((u) => ({ id: u.id, text: u.masked })),
          { onProgress: (f) => report((0.9 * (done + f * group.units.length)) / total) },
        );
        done += group.units.length;
        if (result.message) notes.push(`${quoted(group)}: ${result.message}`);
        const seen = new Map<string, number>();
        results.push({
          group,
          themes: result.themes.map((t) => {
            const base = themeKey(group, t.label);
            const n = (seen.get(base) ?? 0) + 1;
            seen.set(base, n);
            return { ...t, key: n === 1 ? base : `${base}#${n}` };
          }),
        });
      }
      await reporting;
      await this.progress(runId, 0.9);
      if (provider === 'openai') await this.relabel(runId, results);
      let themeCount = 0;
      let suggestionCount = 0;
      for (const r of results) {
        const stored = await this.db.transaction((tx) => this.store(tx, runId, studyId, r));
        themeCount += stored.themes;
        suggestionCount += stored.suggestions;
      }
      if (!themeCount && !notes.length) notes.push('No themes were found: the answers did not form groups of similar sentences.');
      await this.db.query(
        `UPDATE theme_run SET status = 'SUCCEEDED', progress = 1, finished_at = now(), heartbeat_at = now(),
                theme_count = $2, suggestion_count = $3, message = $4 WHERE id = $1 AND status = 'RUNNING'`,
        [runId, themeCount, suggestionCount, notes.length ? notes.join(' ') : null],
      );
    } catch (error) {
      const known = error instanceof LlmError || error instanceof DomainError;
      if (!known) this.logger.error(error);
      const reason = known ? error.message : 'Theme discovery failed unexpectedly; see the server log.';
      await this.db.query(`UPDATE theme_run SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [runId, reason]);
    }
  }

  private async progress(runId: string, value: number): Promise<void> {
    await this.db.query('UPDATE theme_run SET progress = $2, heartbeat_at = now() WHERE id = $1', [runId, value]);
  }

  /** `openai`: the model relabels each group's themes from their offline labels, keyphrases and a few redacted member sentences. */
  private async relabel(runId: string, results: GroupResult[]): Promise<void> {
    const llm = this.llm;
    if (!llm) throw new LlmError('No model is configured any more (OPENAI_API_KEY is unset); run theme discovery with the offline provider.');
    const calls = results
      .filter((r) => r.themes.length)
      .map((r) => {
        const units = new Map(r.group.units.map((u) => [u.id, u]));
        return {
          r,
          themes: r.themes.map((t, i) => ({
            id: `t${i + 1}`,
            label: t.label,
            keyphrases: t.keyphrases.slice(0, 8),
            // The masked text: a blanked email or phone number never reaches the model.
            examples: t.members.slice(0, EXAMPLES_FOR_MODEL).map((m) => units.get(m.unitId)?.masked.slice(m.start, m.end).trim() ?? '').filter(Boolean),
          })),
        };
      });
    const estimate = calls.reduce((n, c) => n + relabelTokens(c.r.group.title, c.themes), 0);
    if (estimate > this.tokenBudget) {
      throw new LlmError(`Relabelling would send about ${estimate.toLocaleString('en')} tokens, over the budget of ${this.tokenBudget.toLocaleString('en')} (TOKEN_BUDGET). Use the offline provider or raise the budget.`);
    }
    for (const [i, c] of calls.entries()) {
      const out = await relabelThemes(llm, c.r.group.title, c.themes);
      c.themes.forEach((t, k) => (c.r.themes[k].words = out.labels.get(t.id)));
      await this.db.query('UPDATE theme_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1', [runId, out.tokensIn, out.tokensOut]);
      await this.progress(runId, 0.9 + (0.05 * (i + 1)) / calls.length);
    }
  }

  /** Stores one group's themes: an existing theme with the same key (or merged into one) is updated, a new one gets a code. */
  private async store(tx: EntityManager, runId: string, studyId: string, { group, themes }: GroupResult): Promise<{ themes: number; suggestions: number }> {
    const units = new Map(group.units.map((u) => [u.id, u]));
    let suggestions = 0;
    for (const t of themes) {
      const label = (t.words?.label ?? t.label).trim().slice(0, 80) || 'Theme';
      const description = (t.words?.description ?? t.description)?.trim() || null;
      const [existing] = await tx.query(
        `SELECT id, code_id, theme_key = $2 AS own FROM theme WHERE study_id = $1 AND (theme_key = $2 OR $2 = ANY(merged_keys))
          ORDER BY (theme_key = $2) DESC LIMIT 1`,
        [studyId, t.key],
      );
      let codeId: string;
      if (existing) {
        codeId = existing.code_id;
        // A renamed label stays; a theme others were merged into keeps its own figures.
        if (existing.own) {
          await tx.query('UPDATE theme SET run_id = $2, unit_count = $3, keyphrases = $4, updated_at = now() WHERE id = $1', [existing.id, runId, t.unitCount, t.keyphrases]);
        } else {
          await tx.query('UPDATE theme SET run_id = $2, updated_at = now() WHERE id = $1', [existing.id, runId]);
        }
      } else {
        codeId = await this.insertCode(tx, studyId, label, description, group);
        await tx.query(
          `INSERT INTO theme (study_id, run_id, code_id, label, description, keyphrases, source_scope, survey_id, unit_count, theme_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [studyId, runId, codeId, label, description, t.keyphrases, group.scope, group.surveyId, t.unitCount, t.key],
        );
      }
      suggestions += await this.suggest(tx, studyId, codeId, t, units);
    }
    return { themes: themes.length, suggestions };
  }

  /** A code named after the theme; a name already taken gets the group's name, then a number. */
  private async insertCode(tx: EntityManager, studyId: string, label: string, description: string | null, group: ThemeGroup): Promise<string> {
    const where = group.scope === TRANSCRIPTS ? 'interviews' : group.title.length > 40 ? `${group.title.slice(0, 39).trim()}…` : group.title;
    const names = [label, `${label} (${where})`, ...Array.from({ length: 50 }, (_, i) => `${label} (${where}) ${i + 2}`)];
    for (const name of names) {
      const rows = await tx.query(
        'INSERT INTO code (study_id, name, description, category) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id',
        [studyId, name, description, group.category],
      );
      if (rows.length) return rows[0].id;
    }
    throw new Error(`No free code name for theme "${label}".`);
  }

  /**
   * Member sentences become SUGGESTED highlights of the theme's code, confidence = fit. Skipped:
   * spans that carry an email or phone number (never evidence), spans outside the source text,
   * and spans anyone already coded with this code (whatever its status).
   */
  private async suggest(tx: EntityManager, studyId: string, codeId: string, theme: FoundTheme, units: Map<string, ThemeSourceUnit>): Promise<number> {
    const members = theme.members.filter((m) => {
      const u = units.get(m.unitId);
      return (
        u && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= u.text.length &&
        !u.privateSpans.some((p) => p.start < m.end && m.start < p.end)
      );
    });
    if (!members.length) return 0;
    const src = members.map((m) => units.get(m.unitId)!);
    const rows = await tx.query(
      `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder, confidence)
       SELECT $1, $2, x.t, x.seg, x.resp, x.q, x.s, x.e, x.txt, 'SUGGESTED', $3, x.conf
         FROM unnest($4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::int[], $9::int[], $10::text[], $11::float8[]) AS x(t, seg, resp, q, s, e, txt, conf)
        WHERE NOT EXISTS (SELECT 1 FROM highlight h WHERE h.code_id = $2 AND h.source_type = x.t AND h.segment_id IS NOT DISTINCT FROM x.seg
                            AND h.response_id IS NOT DISTINCT FROM x.resp AND h.question_id IS NOT DISTINCT FROM x.q
                            AND h.start_offset = x.s AND h.end_offset = x.e)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        studyId,
        codeId,
        THEME_CODER,
        src.map((u) => u.source.type),
        src.map((u) => (u.source.type === 'TRANSCRIPT_SEGMENT' ? u.source.segmentId : null)),
        src.map((u) => (u.source.type === 'SURVEY_ANSWER' ? u.source.responseId : null)),
        src.map((u) => (u.source.type === 'SURVEY_ANSWER' ? u.source.questionId : null)),
        members.map((m) => m.start),
        members.map((m) => m.end),
        members.map((m, i) => src[i].text.slice(m.start, m.end)),
        members.map((m) => Math.max(0, Math.min(1, m.fit))),
      ],
    );
    return rows.length;
  }
}

const quoted = (g: ThemeGroup) => (g.scope === TRANSCRIPTS ? 'Interview transcripts' : `"${g.title}"`);

import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { badInput, notFound } from '@persona-lab/errors';
import { LLM_CLIENT, LlmError, TOKEN_BUDGET, chooseProvider, estimateTokens, type LlmClient } from '@persona-lab/llm';
import { loadCodingUnits, unitKey, type CodingUnit } from './coding-units';
import { suggestWithLlm } from './llm-coder';
import type { CodingRun } from './models/coding.model';
import { suggestCodes as offlineSuggest } from './offline-coder';

export const CODING_JOB = 'suggest-codes';
export const OFFLINE_CODER = 'offline-coder';
const LLM_BATCH = 15;

const RUN_VIA = 'SELECT r.id, st.workspace_id, st.id AS study_id FROM coding_run r JOIN study st ON st.id = r.study_id WHERE r.id = $1';
const SELECT_RUN = 'SELECT id, status, progress, error, suggestions, provider FROM coding_run';

/** Automatic coding as a background job: suggestions for text not yet coded with each code. */
@Injectable()
export class CodingRunService implements OnModuleInit {
  private readonly logger = new Logger('CodingRun');

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly queue: JobQueue,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    @Inject(TOKEN_BUDGET) private readonly tokenBudget: number,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ runId: string }>(CODING_JOB, ({ runId }) => this.execute(runId));
  }

  async start(user: AuthUser, studyId: string, requested?: string | null): Promise<CodingRun> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    const provider = chooseProvider(requested, this.llm);
    const [{ n }] = await this.db.query('SELECT count(*)::int AS n FROM code WHERE study_id = $1', [studyId]);
    if (n === 0) throw badInput('Create at least one code before asking for suggestions.');
    const [run] = await this.db.query(
      `INSERT INTO coding_run (study_id, provider, model, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [studyId, provider, provider === 'openai' ? this.llm!.model : null, user.id],
    );
    await this.queue.send(CODING_JOB, { runId: run.id }, { singletonKey: run.id });
    return this.byId(run.id);
  }

  async get(user: AuthUser, id: string): Promise<CodingRun> {
    await this.access.requireVia(user, RUN_VIA, id, Right.READ, 'The coding run');
    return this.byId(id);
  }

  private async byId(id: string): Promise<CodingRun> {
    const [run] = await this.db.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    if (!run) throw notFound('The coding run');
    return run;
  }

  /** Runs (or resumes after a crash) a coding run; suggestions are unique per span, so a rerun adds no duplicates. */
  async execute(runId: string): Promise<void> {
    const claimed = await this.db.query(
      `WITH u AS (UPDATE coding_run SET status = 'RUNNING', started_at = COALESCE(started_at, now())
                   WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING study_id, provider) SELECT * FROM u`,
      [runId],
    );
    if (!claimed.length) return;
    const { study_id: studyId, provider } = claimed[0];
    try {
      const codes: { id: string; name: string; description: string | null; category: string }[] = await this.db.query(
        'SELECT id, name, description, category FROM code WHERE study_id = $1 ORDER BY name',
        [studyId],
      );
      const examples: { code_id: string; text: string }[] = await this.db.query(
        `SELECT code_id, text FROM (SELECT code_id, text, row_number() OVER (PARTITION BY code_id ORDER BY created_at) AS n
           FROM highlight WHERE study_id = $1 AND status = 'ACCEPTED') x WHERE n <= 10`,
        [studyId],
      );
      const units = await loadCodingUnits(this.db, studyId);
      const coded = new Set<string>(
        (await this.db.query(
          `SELECT DISTINCT code_id, source_type AS type, segment_id AS "segmentId", response_id AS "responseId", question_id AS "questionId"
             FROM highlight WHERE study_id = $1`,
          [studyId],
        )).map((h: any) => `${h.code_id}|${unitKey(h)}`),
      );
      const byId = new Map(units.map((u) => [u.id, u]));
      let suggestions: { unitId: string; codeId: string; start: number; end: number; confidence: number | null }[] = [];
      let coder = OFFLINE_CODER;
      if (provider === 'offline') {
        const profiles = codes.map((c) => ({ ...c, examples: examples.filter((e) => e.code_id === c.id).map((e) => e.text) }));
        // Embedding sentences is the long part: it maps onto 0–0.9 of the run, updates chained so they land in order.
        let reporting = Promise.resolve();
        suggestions = await offlineSuggest(
          profiles,
          units.map((u) => ({ id: u.id, text: u.text })),
          { onProgress: (f) => (reporting = reporting.then(() => this.progress(runId, 0.9 * f)).catch(() => undefined)) },
        );
        await reporting;
        await this.progress(runId, 0.9);
      } else {
        const llm = this.llm;
        if (!llm) throw new LlmError('No model is configured any more (OPENAI_API_KEY is unset).');
        coder = llm.model;
        const estimate = units.reduce((sum, u) => sum + estimateTokens(u.text), 0) + Math.ceil(units.length / LLM_BATCH) * 400;
        if (estimate > this.tokenBudget) {
          throw new LlmError(`This run would send about ${estimate.toLocaleString('en')} tokens, over the budget of ${this.tokenBudget.toLocaleString('en')} (TOKEN_BUDGET). Code a smaller study or raise the budget.`);
        }
        for (let i = 0; i < units.length; i += LLM_BATCH) {
          const batch = units.slice(i, i + LLM_BATCH);
          const out = await suggestWithLlm(llm, codes, batch);
          suggestions.push(...out.suggestions.map((s) => ({ ...s, confidence: null })));
          await this.db.query('UPDATE coding_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1', [runId, out.tokensIn, out.tokensOut]);
          await this.progress(runId, Math.min(0.95, (i + batch.length) / units.length));
        }
      }
      const fresh = suggestions.filter((s) => byId.has(s.unitId) && !coded.has(`${s.codeId}|${s.unitId}`));
      await this.store(runId, studyId, coder, fresh, byId);
      await this.db.query(
        `UPDATE coding_run SET status = 'SUCCEEDED', progress = 1, finished_at = now(),
                suggestions = (SELECT count(*) FROM highlight WHERE coding_run_id = $1) WHERE id = $1 AND status = 'RUNNING'`,
        [runId],
      );
    } catch (error) {
      const reason = error instanceof LlmError ? error.message : 'The coding run failed unexpectedly; see the server log.';
      if (!(error instanceof LlmError)) this.logger.error(error);
      await this.db.query(`UPDATE coding_run SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [runId, reason]);
    }
  }

  private async progress(runId: string, value: number): Promise<void> {
    await this.db.query('UPDATE coding_run SET progress = $2 WHERE id = $1', [runId, value]);
  }

  private async store(
    runId: string,
    studyId: string,
    coder: string,
    suggestions: { unitId: string; codeId: string; start: number; end: number; confidence: number | null }[],
    units: Map<string, CodingUnit>,
  ): Promise<void> {
    for (let i = 0; i < suggestions.length; i += 1000) {
      const batch = suggestions.slice(i, i + 1000);
      const src = batch.map((s) => units.get(s.unitId)!.source);
      await this.db.query(
        `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder, confidence, coding_run_id)
         SELECT $1, c, t, seg, resp, q, s, e, txt, 'SUGGESTED', $2, conf, $3
           FROM unnest($4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::int[], $11::text[], $12::float8[]) AS x(c, t, seg, resp, q, s, e, txt, conf)
         ON CONFLICT DO NOTHING`,
        [
          studyId,
          coder,
          runId,
          batch.map((s) => s.codeId),
          src.map((s) => s.type),
          src.map((s) => (s.type === 'TRANSCRIPT_SEGMENT' ? s.segmentId : null)),
          src.map((s) => (s.type === 'SURVEY_ANSWER' ? s.responseId : null)),
          src.map((s) => (s.type === 'SURVEY_ANSWER' ? s.questionId : null)),
          batch.map((s) => s.start),
          batch.map((s) => s.end),
          batch.map((s) => units.get(s.unitId)!.text.slice(s.start, s.end)),
          batch.map((s) => s.confidence),
        ],
      );
    }
  }
}

import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { conflict, notFound } from '@persona-lab/errors';
import { LLM_CLIENT, LlmError, TOKEN_BUDGET, chooseProvider, type LlmClient } from '@persona-lab/llm';
import {
  SynthesisInputError,
  UnfaithfulEvidenceError,
  assertFaithful,
  type EvidenceSpan,
  type SegmentResult,
} from './engine';
import { runEngine } from './run-engine';
import { loadStudyParticipants } from './load-participants';
import type { StoredEvidence } from './persona-content';
import { writeRunPersonas, type DraftPersona } from './persona-writer';
import type { SynthesisRun } from './models/synthesis-run.model';
import { OfflineWordsDriver } from './words/offline.driver';
import { OpenAiWordsDriver } from './words/openai.driver';
import type { PersonaWordsProvider } from './words/words-provider';

export const SYNTHESIS_JOB = 'synthesize';
/** A run whose worker has not reported for this long is failed by the sweeper. */
export const STALE_RUN_SECONDS = Symbol('STALE_RUN_SECONDS');

const RUN_VIA =
  'SELECT r.id, st.workspace_id, st.id AS study_id FROM synthesis_run r JOIN study st ON st.id = r.study_id WHERE r.id = $1';
export const SELECT_RUN = `SELECT id, study_id AS "studyId", status, progress, stage, error, provider, model,
  tokens_in AS "tokensIn", tokens_out AS "tokensOut", started_at AS "startedAt", finished_at AS "finishedAt",
  quality, (stats ->> 'participants')::int AS "participantCount" FROM synthesis_run`;

class RunCancelled extends Error {}

/** How well each member fits their segment (the engine's per-member fit), keyed by member id. */
function memberFits(s: SegmentResult): Record<string, number> {
  return Object.fromEntries(s.memberIds.map((id, i) => [id, s.memberFits[i]]));
}

/** Persona synthesis as a pg-boss job: progress as stages finish, personas written in one transaction at the end. */
@Injectable()
export class SynthesisService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Synthesis');
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly queue: JobQueue,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    @Inject(TOKEN_BUDGET) private readonly tokenBudget: number,
    @Inject(STALE_RUN_SECONDS) private readonly staleSeconds: number,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ runId: string }>(SYNTHESIS_JOB, ({ runId }) => this.execute(runId));
    this.sweeper = setInterval(
      () => void this.failStaleRuns().catch(() => undefined),
      30_000,
    ).unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  async start(
    user: AuthUser,
    input: { studyId: string; personaCount?: number | null; provider?: string | null },
  ): Promise<SynthesisRun> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const provider = chooseProvider(input.provider, this.llm);
    const active = await this.db.query(
      `SELECT 1 FROM synthesis_run WHERE study_id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [input.studyId],
    );
    if (active.length)
      throw conflict(
        'A synthesis run is already going for this study. Wait for it or cancel it first.',
      );
    const [run] = await this.db.query(
      `INSERT INTO synthesis_run (study_id, provider, model, persona_count, created_by, heartbeat_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [
        input.studyId,
        provider,
        provider === 'openai' ? this.llm!.model : null,
        input.personaCount ?? null,
        user.id,
      ],
    );
    await this.queue.send(SYNTHESIS_JOB, { runId: run.id }, { singletonKey: run.id });
    return this.byId(run.id);
  }

  async cancel(user: AuthUser, id: string): Promise<SynthesisRun> {
    await this.access.requireVia(user, RUN_VIA, id, Right.RESEARCH, 'The synthesis run');
    const rows = await this.db.query(
      `WITH u AS (UPDATE synthesis_run SET cancel_requested = true,
                   status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
                   finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END
                 WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM u`,
      [id],
    );
    if (!rows.length)
      throw conflict('This run has already finished, so there is nothing to cancel.');
    return this.byId(id);
  }

  async get(user: AuthUser, id: string): Promise<SynthesisRun> {
    await this.access.requireVia(user, RUN_VIA, id, Right.READ, 'The synthesis run');
    return this.byId(id);
  }

  async byId(id: string): Promise<SynthesisRun> {
    const [run] = await this.db.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    if (!run) throw notFound('The synthesis run');
    return run;
  }

  async listForStudy(studyId: string): Promise<SynthesisRun[]> {
    return this.db.query(`${SELECT_RUN} WHERE study_id = $1 ORDER BY created_at DESC LIMIT 20`, [
      studyId,
    ]);
  }

  /** Runs a claimed run to its end. A retry after a crash starts over and supersedes the dead attempt. */
  async execute(runId: string): Promise<void> {
    const claimed = await this.db.query(
      `WITH u AS (UPDATE synthesis_run SET status = 'RUNNING', attempt = attempt + 1, progress = 0, stage = 'loading',
                   started_at = COALESCE(started_at, now()), heartbeat_at = now()
                 WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') AND NOT cancel_requested
                 RETURNING attempt, study_id, provider, persona_count, created_by) SELECT * FROM u`,
      [runId],
    );
    if (!claimed.length) return;
    const {
      attempt,
      study_id: studyId,
      provider,
      persona_count: personaCount,
      created_by: actorId,
    } = claimed[0];
    const report = async (stage: string, progress: number) => {
      const rows = await this.db.query(
        `WITH u AS (UPDATE synthesis_run SET stage = $3, progress = $4, heartbeat_at = now()
                     WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' AND NOT cancel_requested RETURNING id) SELECT id FROM u`,
        [runId, attempt, stage, progress],
      );
      if (!rows.length) throw new RunCancelled();
    };
    try {
      const loaded = await loadStudyParticipants(this.db, studyId);
      await report('features', 0.1);
      const stages: [string, number][] = [];
      let reporting = Promise.resolve();
      const result = await runEngine(
        { participants: loaded.participants, personaCount },
        (stage, p) => {
          stages.push([stage, p]);
          // Engine progress maps onto 0.1–0.75 of the run; updates are chained so they land in order.
          reporting = reporting.then(() => report(stage, 0.1 + 0.65 * p)).catch(() => undefined);
        },
      );
      await reporting;
      await report('words', 0.75);
      const words: PersonaWordsProvider =
        provider === 'openai' && this.llm
          ? new OpenAiWordsDriver(this.llm)
          : new OfflineWordsDriver();
      const estimate = words.estimate(result.segments);
      if (estimate > this.tokenBudget) {
        throw new LlmError(
          `This run would send about ${estimate} tokens, over the budget of ${this.tokenBudget} (TOKEN_BUDGET).`,
        );
      }
      const written = await words.write(result.segments).catch(async (error) => {
        await this.addTokens(runId, error.tokensIn ?? 0, error.tokensOut ?? 0);
        throw error;
      });
      await this.addTokens(runId, written.tokensIn, written.tokensOut);
      const evidence = (e: EvidenceSpan): StoredEvidence => ({
        source: e.ref,
        start: e.start,
        end: e.end,
        quote: e.quote,
        participantId: loaded.participantRow.get(e.participantId) ?? null,
      });
      const drafts: DraftPersona[] = result.segments.map((s: SegmentResult, i) => ({
        memberIds: s.memberIds,
        memberFits: memberFits(s),
        content: {
          name: written.personas[i].name,
          tagline: written.personas[i].tagline,
          summary: written.personas[i].summary,
          backstory: written.personas[i].backstory ?? null,
          avatarSeed: s.avatarSeed,
          smallSegment: s.small,
          segmentShare: s.share,
          participantCount: s.memberIds.length,
          traits: s.traits.map((t) => ({
            kind: t.kind,
            text: t.text,
            evidence: t.evidence.map(evidence),
            share: t.share,
            lift: t.lift,
            key: t.key,
            ...(t.sharedByStudy ? { sharedByStudy: true } : {}),
          })),
          quotes: written.personas[i].quotes.map(evidence),
          sensitiveProfile: s.profile.map((d) => ({
            question: d.question,
            answered: d.answered,
            values: d.values,
          })),
        },
      }));
      // Quotes chosen by a model are re-checked: every stored quote must equal its source text.
      assertFaithful(
        result.segments.map((s, i) => ({ ...s, quotes: written.personas[i].quotes })),
        { participants: loaded.participants },
      );
      await report('saving', 0.9);
      await this.db.transaction(async (tx) => {
        const [live] = await tx.query(
          'SELECT status, attempt, cancel_requested FROM synthesis_run WHERE id = $1 FOR UPDATE',
          [runId],
        );
        if (live.status !== 'RUNNING' || live.attempt !== attempt || live.cancel_requested)
          throw new RunCancelled();
        const [{ workspace_id: workspaceId }] = await tx.query(
          'SELECT workspace_id FROM study WHERE id = $1',
          [studyId],
        );
        const summary = await writeRunPersonas(
          tx,
          { studyId, workspaceId, runId, actorId },
          drafts,
        );
        await tx.query(
          `UPDATE synthesis_run SET status = 'SUCCEEDED', progress = 1, stage = 'done', quality = $2, stats = $3, finished_at = now() WHERE id = $1`,
          [
            runId,
            result.quality,
            {
              participants: loaded.participants.length,
              k: result.k,
              stages,
              warnings: result.warnings,
              diagnostics: {
                ...result.diagnostics,
                indicators: result.diagnostics.indicators.length,
              },
              ...summary,
            },
          ],
        );
      });
    } catch (error) {
      if (error instanceof RunCancelled) {
        await this.db.query(
          `UPDATE synthesis_run SET status = 'CANCELLED', finished_at = now() WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' AND cancel_requested`,
          [runId, attempt],
        );
        return;
      }
      const reason =
        error instanceof LlmError || error instanceof SynthesisInputError
          ? error.message
          : error instanceof UnfaithfulEvidenceError
            ? 'A quote did not match its source text, so nothing was saved. This is a bug; please report it.'
            : 'The synthesis run failed unexpectedly; see the server log.';
      if (!(error instanceof LlmError || error instanceof SynthesisInputError))
        this.logger.error(error);
      await this.db.query(
        `UPDATE synthesis_run SET status = 'FAILED', error = $3, finished_at = now() WHERE id = $1 AND attempt = $2 AND status = 'RUNNING'`,
        [runId, attempt, reason],
      );
    }
  }

  private async addTokens(runId: string, tokensIn: number, tokensOut: number): Promise<void> {
    await this.db.query(
      'UPDATE synthesis_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1',
      [runId, tokensIn, tokensOut],
    );
  }

  /** A run left RUNNING by a worker that died and was never retried ends FAILED with a reason, never stuck. */
  async failStaleRuns(): Promise<number> {
    const rows = await this.db.query(
      `WITH u AS (UPDATE synthesis_run SET status = 'FAILED', finished_at = now(),
                   error = 'The worker running this synthesis stopped and the run could not be resumed. Start it again.'
                 WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(secs => $1) RETURNING id) SELECT id FROM u`,
      [this.staleSeconds],
    );
    return rows.length;
  }
}

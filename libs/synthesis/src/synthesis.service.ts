import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Right, batchLoad, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { conflict, notFound } from '@persona-lab/errors';
import {
  LLM_CLIENT,
  LlmError,
  TOKEN_BUDGET,
  chooseProvider,
  type LlmClient,
} from '@persona-lab/llm';
import { PersonaDraftService, type DraftPersona, type StoredEvidence } from '@persona-lab/personas';
import { StudyAccessService, StudyService } from '@persona-lab/studies';
import { SynthesisRunRepository } from './data/synthesis-run.repository';
import {
  SynthesisInputError,
  UnfaithfulEvidenceError,
  assertFaithful,
  type EvidenceSpan,
  type SegmentResult,
} from './engine';
import { EngineStopped, EngineTimeLimit, runEngine } from './run-engine';
import { StudyParticipantsLoader } from './load-participants';
import { ASSIGN_JOB } from './tracking/persona-assignment.service';
import type { SynthesisRun } from './models/synthesis-run.model';
import { OfflineWordsDriver } from './words/offline.driver';
import { OpenAiWordsDriver } from './words/openai.driver';
import type { PersonaWordsProvider } from './words/words-provider';

export const SYNTHESIS_JOB = 'synthesize';
/** The stale-run sweep: one pg-boss schedule, so N replicas sweep once per period, not N times. */
export const SWEEP_STALE_RUNS_JOB = 'synthesis-sweep-stale-runs';
/** A run whose worker has not reported for this long is failed by the sweeper. */
export const STALE_RUN_SECONDS = Symbol('STALE_RUN_SECONDS');

/** The budgets of one run (SYNTHESIS_MAX_PARTICIPANTS, SYNTHESIS_MAX_SECONDS) and its job's expiry. */
export const SYNTHESIS_LIMITS = Symbol('SYNTHESIS_LIMITS');
export interface SynthesisLimits {
  maxParticipants: number;
  /** The engine's time budget. */
  maxSeconds: number;
  /** The job's expiry: the engine's budget plus room to load the study and write the words. */
  jobExpireSeconds: number;
}

/** A live attempt beats this often while it runs (also while the engine thread computes). */
export const HEARTBEAT_MS = 5_000;
/** An attempt that has not beaten for this long is dead: a retried job may take the run over. */
export const LIVE_SECONDS = 30;

class RunCancelled extends Error {}
/** A run over a budget: fails with this sentence. */
class OverBudget extends Error {}

/** How well each member fits their segment (the engine's per-member fit), keyed by member id. */
function memberFits(s: SegmentResult): Record<string, number> {
  return Object.fromEntries(s.memberIds.map((id, i) => [id, s.memberFits[i]]));
}

/** Persona synthesis as a pg-boss job: progress as stages finish, personas written in one transaction at the end. */
@Injectable()
export class SynthesisService implements OnModuleInit {
  private readonly logger = new Logger('Synthesis');

  constructor(
    private readonly runs: SynthesisRunRepository,
    private readonly access: StudyAccessService,
    private readonly studies: StudyService,
    private readonly loader: StudyParticipantsLoader,
    private readonly drafts: PersonaDraftService,
    private readonly queue: JobQueue,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    @Inject(TOKEN_BUDGET) private readonly tokenBudget: number,
    @Inject(STALE_RUN_SECONDS) private readonly staleSeconds: number,
    @Inject(SYNTHESIS_LIMITS) private readonly limits: SynthesisLimits,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ runId: string }>(SYNTHESIS_JOB, ({ runId }, { signal }) =>
      this.execute(runId, signal),
    );
    await this.queue.schedule(SWEEP_STALE_RUNS_JOB, '* * * * *', async () => {
      await this.failStaleRuns();
    });
  }

  async start(
    user: AuthUser,
    input: {
      studyId: string;
      personaCount?: number | null;
      provider?: string | null;
      includeFlagged?: boolean | null;
    },
  ): Promise<SynthesisRun> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const provider = chooseProvider(input.provider, this.llm);
    if (await this.runs.hasActive(input.studyId))
      throw conflict(
        'A synthesis run is already going for this study. Wait for it or cancel it first.',
      );
    const runId = await this.runs.create({
      studyId: input.studyId,
      provider,
      model: provider === 'openai' ? this.llm!.model : null,
      personaCount: input.personaCount ?? null,
      createdBy: user.id,
      includeFlagged: input.includeFlagged === true,
    });
    await this.queue.send(
      SYNTHESIS_JOB,
      { runId },
      { singletonKey: runId, expireSeconds: this.limits.jobExpireSeconds },
    );
    return this.byId(runId);
  }

  async cancel(user: AuthUser, id: string): Promise<SynthesisRun> {
    await this.requireRun(user, id, Right.RESEARCH);
    if (!(await this.runs.requestCancel(id)))
      throw conflict('This run has already finished, so there is nothing to cancel.');
    return this.byId(id);
  }

  async get(user: AuthUser, id: string): Promise<SynthesisRun> {
    await this.requireRun(user, id, Right.READ);
    return this.byId(id);
  }

  async byId(id: string): Promise<SynthesisRun> {
    const run = await this.runs.byId(id);
    if (!run) throw notFound('The synthesis run');
    return run;
  }

  async listForStudy(studyId: string): Promise<SynthesisRun[]> {
    return this.runs.listForStudy(studyId);
  }

  /** `listForStudy` for a field resolved once per study: one query per tick of the GraphQL request `ctx`. */
  listForStudyBatched(ctx: object, studyId: string): Promise<SynthesisRun[]> {
    return batchLoad(
      ctx,
      'synthesis.runsOfStudy',
      async (ids: readonly string[]) => {
        const runs = await this.runs.listForStudies(ids);
        return ids.map((id) => runs.filter((r) => r.studyId === id));
      },
      studyId,
    );
  }

  /** `byId` for a field resolved once per parent (a persona's run): one query per tick of the GraphQL request `ctx`. */
  async byIdBatched(ctx: object, id: string): Promise<SynthesisRun> {
    const run = await batchLoad(
      ctx,
      'synthesis.runById',
      async (ids: readonly string[]) => {
        const runs = new Map((await this.runs.byIds(ids)).map((r) => [r.id, r]));
        return ids.map((i) => runs.get(i) ?? null);
      },
      id,
    );
    if (!run) throw notFound('The synthesis run');
    return run;
  }

  private requireRun(user: AuthUser, id: string, right: Right) {
    return this.access.requireVia(
      user,
      (runId) => this.runs.studyOf(runId),
      id,
      right,
      'The synthesis run',
    );
  }

  /** Runs a claimed run to its end. A retry after a crash starts over and supersedes the dead attempt. */
  async execute(runId: string, expired?: AbortSignal): Promise<void> {
    const claimed = await this.runs.claim(runId, LIVE_SECONDS);
    if (!claimed) return;
    const { attempt, studyId, provider, personaCount, actorId, includeFlagged } = claimed;
    // Stops the engine thread: a cancel (seen by the heartbeat) or the job's expiry.
    const stop = new AbortController();
    const onExpired = () => stop.abort('expired');
    if (expired?.aborted) onExpired();
    expired?.addEventListener('abort', onExpired, { once: true });
    const heartbeat = setInterval(() => {
      this.runs.beat(runId, attempt).then(
        (live) => {
          if (!live) stop.abort('cancelled');
        },
        () => undefined,
      );
    }, HEARTBEAT_MS);
    const report = async (stage: string, progress: number) => {
      if (!(await this.runs.report(runId, attempt, stage, progress))) {
        stop.abort('cancelled');
        throw new RunCancelled();
      }
    };
    try {
      const loaded = await this.loader.load(studyId, { includeFlagged });
      await this.runs.recordExcluded(runId, attempt, loaded.excluded ?? null);
      const count = loaded.participants.length;
      if (count > this.limits.maxParticipants)
        throw new OverBudget(
          `This study has ${count.toLocaleString('en')} participants, more than one synthesis run may take (${this.limits.maxParticipants.toLocaleString('en')}, SYNTHESIS_MAX_PARTICIPANTS). Synthesise a smaller study, or ask your administrator to raise the limit on a server with more memory.`,
        );
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
        { signal: stop.signal, maxSeconds: this.limits.maxSeconds },
      ).catch((error) => {
        if (error instanceof EngineStopped && error.reason === 'cancelled')
          throw new RunCancelled();
        if (error instanceof EngineStopped)
          throw new OverBudget(
            'The synthesis job ran past its expiry and was stopped; nothing was saved. Start it again, or ask your administrator to look at the server load.',
          );
        if (error instanceof EngineTimeLimit)
          throw new OverBudget(
            `The synthesis took longer than its limit of ${this.limits.maxSeconds} seconds (SYNTHESIS_MAX_SECONDS) and was stopped; nothing was saved. Synthesise a smaller study, or ask your administrator to raise the limit.`,
          );
        throw error;
      });
      if (stop.signal.aborted) throw new RunCancelled();
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
      const { workspaceId } = await this.studies.byId(studyId);
      // The run's personas and its SUCCEEDED row in one transaction: a retry of a run that died
      // before it committed writes them afresh, one that committed finds the run no longer RUNNING.
      const saved = await this.runs.succeed(
        runId,
        attempt,
        {
          quality: result.quality,
          stats: {
            participants: loaded.participants.length,
            k: result.k,
            stages,
            warnings: result.warnings,
            diagnostics: {
              ...result.diagnostics,
              indicators: result.diagnostics.indicators.length,
            },
          },
          segmentModel: result.model ?? null,
        },
        (tx) => this.drafts.writeRun({ studyId, workspaceId, runId, actorId }, drafts, tx),
      );
      if (!saved) throw new RunCancelled();
      // Record the new run's members (and place anyone outside them) for the share by month.
      await this.queue
        .send(ASSIGN_JOB, { studyId }, { singletonKey: studyId })
        .catch((error) => this.logger.warn(`persona assignment not queued: ${error}`));
    } catch (error) {
      if (error instanceof RunCancelled) {
        if (stop.signal.reason === 'expired') {
          const reason =
            'The synthesis job ran past its expiry and was stopped; nothing was saved. Start it again.';
          await this.runs.markFailed(runId, attempt, reason, (tx) =>
            this.drafts.runFailed({ studyId, runId, actorId }, reason, tx),
          );
        } else await this.runs.markCancelled(runId, attempt);
        return;
      }
      const reason =
        error instanceof LlmError ||
        error instanceof SynthesisInputError ||
        error instanceof OverBudget
          ? error.message
          : error instanceof UnfaithfulEvidenceError
            ? 'A quote did not match its source text, so nothing was saved. This is a bug; please report it.'
            : 'The synthesis run failed unexpectedly; see the server log.';
      if (!(
        error instanceof LlmError ||
        error instanceof SynthesisInputError ||
        error instanceof OverBudget
      ))
        this.logger.error(error);
      // Whoever started the run is told it ended, in the transaction that marks it FAILED.
      await this.runs.markFailed(runId, attempt, reason, (tx) =>
        this.drafts.runFailed({ studyId, runId, actorId }, reason, tx),
      );
    } finally {
      clearInterval(heartbeat);
      expired?.removeEventListener('abort', onExpired);
    }
  }

  private addTokens(runId: string, tokensIn: number, tokensOut: number): Promise<void> {
    return this.runs.addTokens(runId, tokensIn, tokensOut);
  }

  /** A run left RUNNING by a worker that died and was never retried ends FAILED with a reason, never stuck. */
  failStaleRuns(): Promise<number> {
    return this.runs.failStale(this.staleSeconds);
  }
}

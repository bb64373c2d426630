import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { batchLoad } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import {
  ResponseQualityRepository,
  type QualityCounts,
  type StoredFlag,
} from './data/response-quality.repository';
import { computeQualityFlagsOffThread, type QualityFlag } from './quality';

/** The pg-boss job that recomputes one survey's flags after submissions. */
export const QUALITY_JOB = 'surveys-quality';
/** Submissions within this many seconds share one recomputation. */
export const QUALITY_DEBOUNCE_SECONDS = 2;
/**
 * Under a steady stream of submissions a survey is recomputed at most every this many times its
 * last recomputation took, so the background work stays near a tenth of a core however large
 * the survey grows (100k responses: flags a little later, not a saturated worker).
 */
export const QUALITY_COST_FACTOR = 10;
/** A job queued by this process for a later start is taken to read submissions until this close to its start. */
const PENDING_MARGIN_MS = 250;

/**
 * Response quality flags, stored per response and recomputed per survey as a whole: the
 * speeding threshold (the survey's median time) and duplicate texts depend on every response.
 *
 * When: synchronously after a CSV import and after a change of the survey's questions (an
 * attention check set or changed), so the researcher sees the new flags at once; after
 * submissions, by the `surveys-quality` job, one per survey at a time (singletonKey) a couple of
 * seconds after the first submission, so a burst of 1,000 submissions costs one recomputation,
 * not 1,000. A recomputation reads the survey's responses in one query, runs the pure detectors
 * (`./quality`) on their own thread (answers parsed there too), and replaces the flags with one
 * DELETE and one INSERT from unnest.
 */
@Injectable()
export class QualityService implements OnModuleInit {
  private readonly logger = new Logger('ResponseQuality');
  /** Survey → when the recomputation this process queued starts (ms); see `schedule`. */
  private readonly pendingUntil = new Map<string, number>();
  /** Survey → how long its last recomputation in this process took (ms). */
  private readonly lastCost = new Map<string, number>();

  constructor(
    private readonly repo: ResponseQualityRepository,
    private readonly queue: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ surveyId: string }>(QUALITY_JOB, ({ surveyId }) =>
      this.recompute(surveyId).then(() => undefined),
    );
  }

  /** Recomputes and stores the survey's flags; returns how many responses are flagged. */
  async recompute(surveyId: string): Promise<number> {
    const started = Date.now();
    // This job has started: a later submission needs a job of its own (and the map stays small).
    this.pendingUntil.delete(surveyId);
    // Read, compute and write under the survey's lock, so an older read never overwrites a newer one.
    return this.repo.locked(surveyId, async (tx) => {
      const inputs = await this.repo.inputs(surveyId, tx);
      if (!inputs) return 0;
      const flags = await computeQualityFlagsOffThread(inputs.definition.questions, inputs.responses);
      const rows: StoredFlag[] = [];
      for (const [responseId, list] of flags) for (const f of list) rows.push({ responseId, ...f });
      await this.repo.replace(surveyId, rows, tx);
      const took = Date.now() - started;
      this.lastCost.set(surveyId, took);
      this.logger.log(`survey ${surveyId}: ${flags.size} of ${inputs.responses.length} responses flagged (${took} ms)`);
      return flags.size;
    });
  }

  /**
   * Asks for a recomputation soon, after the caller's rows are committed. Never throws.
   *
   * A recomputation reads every response committed before it starts, so an ask needs no new job
   * while one is waiting: this process skips the queue while the job it queued has not started
   * (no database round trip per submission batch), and the queue's singleton key makes a send
   * while another replica's job waits a no-op. The delay grows with the survey's last
   * recomputation time (`QUALITY_COST_FACTOR`).
   */
  async schedule(surveyId: string): Promise<void> {
    const now = Date.now();
    const pending = this.pendingUntil.get(surveyId);
    if (pending !== undefined && now < pending - PENDING_MARGIN_MS) return;
    const delay = Math.max(QUALITY_DEBOUNCE_SECONDS * 1000, (this.lastCost.get(surveyId) ?? 0) * QUALITY_COST_FACTOR);
    this.pendingUntil.set(surveyId, now + delay);
    try {
      await this.queue.send(QUALITY_JOB, { surveyId }, { singletonKey: surveyId, startAfter: new Date(now + delay) });
    } catch (error) {
      this.pendingUntil.delete(surveyId);
      this.logger.warn(`survey ${surveyId}: quality recomputation not queued (${String(error)})`);
    }
  }

  /** A response's flags, batched per GraphQL request. */
  flagsOf(ctx: object, responseId: string): Promise<QualityFlag[]> {
    return batchLoad(
      ctx,
      'surveys.qualityFlags',
      async (ids: readonly string[]) => {
        const rows = await this.repo.ofResponses(ids);
        return ids.map((id) =>
          rows.filter((r) => r.responseId === id).map(({ reason, detail }) => ({ reason, detail })),
        );
      },
      responseId,
    );
  }

  surveySummary(ctx: object, surveyId: string): Promise<QualityCounts> {
    return batchLoad(
      ctx,
      'surveys.qualitySummary',
      async (ids: readonly string[]) => {
        const rows = await this.repo.summaryOfSurveys(ids);
        return ids.map((id) => rows.find((r) => r.key === id)!);
      },
      surveyId,
    );
  }

  studySummary(ctx: object, studyId: string): Promise<QualityCounts> {
    return batchLoad(
      ctx,
      'surveys.studyQualitySummary',
      async (ids: readonly string[]) => {
        const rows = await this.repo.summaryOfStudies(ids);
        return ids.map((id) => rows.find((r) => r.key === id)!);
      },
      studyId,
    );
  }
}

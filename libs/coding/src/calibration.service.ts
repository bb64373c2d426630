import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { badInput } from '@persona-lab/errors';
import { FeedbackReader } from '@persona-lab/feedback';
import { TranscriptReader } from '@persona-lab/interviews';
import {
  LLM_CLIENT,
  LlmError,
  TOKEN_BUDGET,
  chooseProvider,
  estimateTokens,
  type LlmClient,
} from '@persona-lab/llm';
import { StudyAccessService } from '@persona-lab/studies';
import { ResponseReader, SurveyReader } from '@persona-lab/surveys';
import {
  DEFAULT_SAMPLE_SIZE,
  MAX_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  calibrationFigures,
  heldOutExamples,
  sampleCalibrationUnits,
  type ReferenceUnit,
} from './calibration';
import { OFFLINE_CODER } from './coding-run.service';
import { loadCodingUnits, unitKey, type CodingUnit } from './coding-units';
import { CalibrationRepository, type CalibrationRunRow } from './data/calibration.repository';
import { CodeRepository } from './data/code.repository';
import { suggestWithLlm } from './llm-coder';
import type { CalibrationResult, CalibrationRun } from './models/calibration.model';
import { suggestCodes as offlineSuggest } from './offline-coder';

export const CALIBRATION_JOB = 'calibrate-coder';

/** A reason a calibration stopped, in words a researcher can act on. */
class CalibrationFailure extends Error {}
const LLM_BATCH = 15;

/**
 * Blind calibration of a model coder (issue 16, bug 4): the coder codes a sample of units a person
 * judged, without seeing any highlight of those units, and is compared with the person per code.
 * Results live in `calibration_unit`; a calibration never writes a highlight.
 */
@Injectable()
export class CalibrationService implements OnModuleInit {
  private readonly logger = new Logger('Calibration');

  constructor(
    private readonly runs: CalibrationRepository,
    private readonly codes: CodeRepository,
    private readonly access: StudyAccessService,
    private readonly transcripts: TranscriptReader,
    private readonly surveys: SurveyReader,
    private readonly responses: ResponseReader,
    private readonly feedback: FeedbackReader,
    private readonly queue: JobQueue,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    @Inject(TOKEN_BUDGET) private readonly tokenBudget: number,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ runId: string }>(CALIBRATION_JOB, ({ runId }) => this.execute(runId));
  }

  async start(
    user: AuthUser,
    studyId: string,
    requested?: string | null,
    sampleSize?: number | null,
  ): Promise<CalibrationRun> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    const size = sampleSize ?? DEFAULT_SAMPLE_SIZE;
    if (!Number.isInteger(size) || size < MIN_SAMPLE_SIZE || size > MAX_SAMPLE_SIZE) {
      throw badInput(
        `Choose a sample of ${MIN_SAMPLE_SIZE} to ${MAX_SAMPLE_SIZE} passages (you asked for ${size}).`,
        { field: 'sampleSize' },
      );
    }
    const provider = chooseProvider(requested, this.llm);
    if (!(await this.runs.judgedSources(studyId)).some((j) => j.status === 'ACCEPTED')) {
      throw badInput(
        'Code some passages first: a calibration compares the model with the coding people did.',
      );
    }
    const coder = provider === 'openai' ? this.llm!.model : OFFLINE_CODER;
    const runId = await this.runs.insert(studyId, provider, coder, size, randomInt(2 ** 31), user.id);
    await this.queue.send(CALIBRATION_JOB, { runId }, { singletonKey: runId });
    return this.model((await this.runs.byId(runId))!);
  }

  /** The study's most recent calibration with its figures, or null. */
  async latest(user: AuthUser, studyId: string): Promise<CalibrationRun | null> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const run = await this.runs.latest(studyId);
    return run ? this.model(run) : null;
  }

  private async model(run: CalibrationRunRow): Promise<CalibrationRun> {
    const units = await this.runs.units(run.id);
    let result: CalibrationResult | null = null;
    if (run.status === 'SUCCEEDED') {
      const coded = units.map((u) => ({ id: u.unitKey, human: u.humanCodes, coder: u.coderCodes ?? [] }));
      const used = new Set(coded.flatMap((u) => [...u.human, ...u.coder]));
      // Codes neither side used in the sample say nothing (their kappa would be a vacuous 1).
      const codes = (await this.codes.list(run.studyId)).filter((c) => used.has(c.id));
      const figures = calibrationFigures(coded, codes);
      result = {
        ...figures,
        perCode: [...figures.perCode].sort(
          (a, b) => b.humanUses - a.humanUses || a.codeName.localeCompare(b.codeName),
        ),
      };
    }
    return {
      id: run.id,
      status: run.status,
      progress: run.progress,
      error: run.error,
      provider: run.provider,
      coder: run.coder,
      sampleSize: run.sampleSize,
      sampledUnits: units.length,
      createdAt: run.createdAt,
      finishedAt: run.finishedAt,
      result,
    };
  }

  /** Runs (or resumes after a crash) a calibration: the sample is drawn once, only uncoded units are coded. */
  async execute(runId: string): Promise<void> {
    const run = await this.runs.claim(runId);
    if (!run) return;
    try {
      // The same units a coding run codes (loadCodingUnits takes the readers it needs from these).
      const sources = {
        transcripts: this.transcripts,
        surveys: this.surveys,
        responses: this.responses,
        feedback: this.feedback,
      };
      const all = await loadCodingUnits(sources, run.studyId);
      const textOf = new Map(all.map((u) => [u.id, u]));
      let stored = await this.runs.units(runId);
      if (!stored.length) {
        const sample = sampleCalibrationUnits(
          await this.referenceUnits(run.studyId, textOf),
          run.sampleSize,
          run.seed,
        );
        if (!sample.length) throw new CalibrationFailure('No passage a person coded is left to calibrate on.');
        await this.runs.insertUnits(runId, sample.map((u) => ({ key: u.id, codes: u.codes })));
        stored = await this.runs.units(runId);
      }
      const gone = stored.filter((u) => !textOf.has(u.unitKey)).map((u) => u.unitKey);
      await this.runs.dropUnits(runId, gone);
      const sampled = new Set(stored.map((u) => u.unitKey));
      const pending = stored
        .filter((u) => u.coderCodes === null && textOf.has(u.unitKey))
        .map((u) => textOf.get(u.unitKey)!);
      const codes = await this.codes.forCoding(run.studyId);
      if (run.provider === 'offline') await this.codeOffline(runId, run.studyId, codes, pending, sampled);
      else await this.codeWithModel(runId, codes, pending, stored.length);
      await this.runs.succeed(runId);
    } catch (error) {
      const reason =
        error instanceof LlmError || error instanceof CalibrationFailure
          ? error.message
          : 'The calibration failed unexpectedly; see the server log.';
      if (!(error instanceof LlmError || error instanceof CalibrationFailure)) this.logger.error(error);
      await this.runs.fail(runId, reason);
    }
  }

  /** Units a person judged, with the codes they accepted (see `sampleCalibrationUnits`), that still have text. */
  private async referenceUnits(
    studyId: string,
    textOf: ReadonlyMap<string, CodingUnit>,
  ): Promise<ReferenceUnit[]> {
    const byUnit = new Map<string, Set<string>>();
    for (const j of await this.runs.judgedSources(studyId)) {
      const key = unitKey(j);
      if (!textOf.has(key)) continue;
      const codes = byUnit.get(key) ?? new Set<string>();
      if (j.status === 'ACCEPTED') codes.add(j.codeId);
      byUnit.set(key, codes);
    }
    return [...byUnit].map(([id, codes]) => ({ id, codes: [...codes].sort() }));
  }

  private async codeOffline(
    runId: string,
    studyId: string,
    codes: { id: string; name: string; description: string | null; category: string }[],
    pending: CodingUnit[],
    sampled: ReadonlySet<string>,
  ): Promise<void> {
    const examples = heldOutExamples(
      (await this.runs.acceptedQuotes(studyId)).map((q) => ({ ...q, unitId: unitKey(q) })),
      sampled,
    );
    let reporting = Promise.resolve();
    const suggestions = await offlineSuggest(
      codes.map((c) => ({ ...c, examples: examples.get(c.id) ?? [] })),
      pending.map((u) => ({ id: u.id, text: u.text })),
      {
        onProgress: (f) =>
          (reporting = reporting
            .then(() => this.runs.progress(runId, 0.95 * f))
            .catch(() => undefined)),
      },
    );
    await reporting;
    await this.runs.setCoderCodes(runId, codesPerUnit(pending, suggestions));
  }

  private async codeWithModel(
    runId: string,
    codes: { id: string; name: string; description: string | null }[],
    pending: CodingUnit[],
    total: number,
  ): Promise<void> {
    const llm = this.llm;
    if (!llm) throw new LlmError('No model is configured any more (OPENAI_API_KEY is unset).');
    const estimate =
      pending.reduce((sum, u) => sum + estimateTokens(u.text), 0) +
      Math.ceil(pending.length / LLM_BATCH) * 400;
    if (estimate > this.tokenBudget) {
      throw new LlmError(
        `This calibration would send about ${estimate.toLocaleString('en')} tokens, over the budget of ${this.tokenBudget.toLocaleString('en')} (TOKEN_BUDGET). Choose a smaller sample or raise the budget.`,
      );
    }
    let done = total - pending.length;
    for (let i = 0; i < pending.length; i += LLM_BATCH) {
      const batch = pending.slice(i, i + LLM_BATCH);
      // The codebook and the texts only: no highlight of any unit reaches the model.
      const out = await suggestWithLlm(
        llm,
        codes.map((c) => ({ id: c.id, name: c.name, description: c.description })),
        batch,
      );
      await this.runs.setCoderCodes(runId, codesPerUnit(batch, out.suggestions));
      await this.runs.addTokens(runId, out.tokensIn, out.tokensOut);
      done += batch.length;
      await this.runs.progress(runId, Math.min(0.99, done / Math.max(total, 1)));
    }
  }
}

/** Each unit's distinct codes from a coder's suggestions (an empty list: the coder applied none). */
function codesPerUnit(
  units: readonly CodingUnit[],
  suggestions: readonly { unitId: string; codeId: string }[],
): { key: string; codes: string[] }[] {
  return units.map((u) => ({
    key: u.id,
    codes: [...new Set(suggestions.filter((s) => s.unitId === u.id).map((s) => s.codeId))].sort(),
  }));
}

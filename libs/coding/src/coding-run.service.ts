import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { badInput, notFound } from '@persona-lab/errors';
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
import { highlightSourceOf, loadCodingUnits, unitKey, type CodingUnit } from './coding-units';
import { CodeRepository } from './data/code.repository';
import { CodingRunRepository } from './data/coding-run.repository';
import { HighlightRepository } from './data/highlight.repository';
import { suggestWithLlm } from './llm-coder';
import type { CodingRun } from './models/coding.model';
import { suggestCodes as offlineSuggest } from './offline-coder';

export const CODING_JOB = 'suggest-codes';
export const OFFLINE_CODER = 'offline-coder';
const LLM_BATCH = 15;

/** Automatic coding as a background job: suggestions for text not yet coded with each code. */
@Injectable()
export class CodingRunService implements OnModuleInit {
  private readonly logger = new Logger('CodingRun');

  constructor(
    private readonly runs: CodingRunRepository,
    private readonly codes: CodeRepository,
    private readonly highlights: HighlightRepository,
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
    await this.queue.work<{ runId: string }>(CODING_JOB, ({ runId }) => this.execute(runId));
  }

  async start(user: AuthUser, studyId: string, requested?: string | null): Promise<CodingRun> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    const provider = chooseProvider(requested, this.llm);
    if ((await this.codes.count(studyId)) === 0)
      throw badInput('Create at least one code before asking for suggestions.');
    const runId = await this.runs.insert(
      studyId,
      provider,
      provider === 'openai' ? this.llm!.model : null,
      user.id,
    );
    await this.queue.send(CODING_JOB, { runId }, { singletonKey: runId });
    return this.byId(runId);
  }

  async get(user: AuthUser, id: string): Promise<CodingRun> {
    await this.access.requireVia(
      user,
      (x) => this.runs.studyOf(x),
      id,
      Right.READ,
      'The coding run',
    );
    return this.byId(id);
  }

  private async byId(id: string): Promise<CodingRun> {
    const run = await this.runs.byId(id);
    if (!run) throw notFound('The coding run');
    return run;
  }

  /** Runs (or resumes after a crash) a coding run; suggestions are unique per span, so a rerun adds no duplicates. */
  async execute(runId: string): Promise<void> {
    const claimed = await this.runs.claim(runId);
    if (!claimed) return;
    const { studyId, provider } = claimed;
    try {
      const codes = await this.codes.forCoding(studyId);
      const examples = await this.highlights.acceptedExamples(studyId);
      const units = await loadCodingUnits(
        {
          transcripts: this.transcripts,
          surveys: this.surveys,
          responses: this.responses,
          feedback: this.feedback,
        },
        studyId,
      );
      const coded = new Set<string>(
        (await this.highlights.codedSources(studyId)).map((h) => `${h.codeId}|${unitKey(h)}`),
      );
      const byId = new Map(units.map((u) => [u.id, u]));
      let suggestions: {
        unitId: string;
        codeId: string;
        start: number;
        end: number;
        confidence: number | null;
      }[] = [];
      let coder = OFFLINE_CODER;
      if (provider === 'offline') {
        const profiles = codes.map((c) => ({
          ...c,
          examples: examples.filter((e) => e.codeId === c.id).map((e) => e.text),
        }));
        // Embedding sentences is the long part: it maps onto 0–0.9 of the run, updates chained so they land in order.
        let reporting = Promise.resolve();
        suggestions = await offlineSuggest(
          profiles,
          units.map((u) => ({ id: u.id, text: u.text })),
          {
            onProgress: (f) =>
              (reporting = reporting
                .then(() => this.progress(runId, 0.9 * f))
                .catch(() => undefined)),
          },
        );
        await reporting;
        await this.progress(runId, 0.9);
      } else {
        const llm = this.llm;
        if (!llm) throw new LlmError('No model is configured any more (OPENAI_API_KEY is unset).');
        coder = llm.model;
        const estimate =
          units.reduce((sum, u) => sum + estimateTokens(u.text), 0) +
          Math.ceil(units.length / LLM_BATCH) * 400;
        if (estimate > this.tokenBudget) {
          throw new LlmError(
            `This run would send about ${estimate.toLocaleString('en')} tokens, over the budget of ${this.tokenBudget.toLocaleString('en')} (TOKEN_BUDGET). Code a smaller study or raise the budget.`,
          );
        }
        for (let i = 0; i < units.length; i += LLM_BATCH) {
          const batch = units.slice(i, i + LLM_BATCH);
          const out = await suggestWithLlm(llm, codes, batch);
          suggestions.push(...out.suggestions.map((s) => ({ ...s, confidence: null })));
          await this.runs.addTokens(runId, out.tokensIn, out.tokensOut);
          await this.progress(runId, Math.min(0.95, (i + batch.length) / units.length));
        }
      }
      const fresh = suggestions.filter(
        (s) => byId.has(s.unitId) && !coded.has(`${s.codeId}|${s.unitId}`),
      );
      await this.store(runId, studyId, coder, fresh, byId);
      await this.runs.succeed(runId);
    } catch (error) {
      const reason =
        error instanceof LlmError
          ? error.message
          : 'The coding run failed unexpectedly; see the server log.';
      if (!(error instanceof LlmError)) this.logger.error(error);
      await this.runs.fail(runId, reason);
    }
  }

  private async progress(runId: string, value: number): Promise<void> {
    await this.runs.progress(runId, value);
  }

  private async store(
    runId: string,
    studyId: string,
    coder: string,
    suggestions: {
      unitId: string;
      codeId: string;
      start: number;
      end: number;
      confidence: number | null;
    }[],
    units: Map<string, CodingUnit>,
  ): Promise<void> {
    await this.highlights.insertRunSuggestions(
      runId,
      studyId,
      coder,
      suggestions.map((s) => {
        const unit = units.get(s.unitId)!;
        return {
          codeId: s.codeId,
          source: highlightSourceOf(unit.source),
          start: s.start,
          end: s.end,
          text: unit.text.slice(s.start, s.end),
          confidence: s.confidence,
        };
      }),
    );
  }
}

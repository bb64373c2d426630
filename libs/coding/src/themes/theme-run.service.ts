import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { DomainError, badInput, conflict, notFound } from '@persona-lab/errors';
import { FeedbackReader } from '@persona-lab/feedback';
import { TranscriptReader } from '@persona-lab/interviews';
import {
  LLM_CLIENT,
  LlmError,
  TOKEN_BUDGET,
  chooseProvider,
  type LlmClient,
} from '@persona-lab/llm';
import { StudyAccessService } from '@persona-lab/studies';
import { ResponseReader, SurveyReader } from '@persona-lab/surveys';
import { highlightSourceOf } from '../coding-units';
import { CodeRepository } from '../data/code.repository';
import { HighlightRepository } from '../data/highlight.repository';
import { ThemeRunRepository } from '../data/theme-run.repository';
import { ThemeRepository } from '../data/theme.repository';
import { MIN_UNITS } from './discover-themes';
import type { DiscoverThemesInput } from './discover-themes.input';
import { runThemeEngine } from './run-theme-engine';
import { relabelThemes, relabelTokens, type ThemeLabel } from './theme-labels';
import {
  FEEDBACK,
  TRANSCRIPTS,
  chooseQuestions,
  loadThemeGroups,
  themeKey,
  type ThemeGroup,
  type ThemeSourceUnit,
  type ThemeSources,
} from './theme-units';
import type { ThemeRun } from './theme.model';
import type { Theme as FoundTheme } from './types';

export const THEME_JOB = 'discover-themes';
/** The coder of theme suggestions (`highlight.coder`). */
export const THEME_CODER = 'offline-themes';
/** An active run whose heartbeat is older than this was lost (its worker died too often) and no longer blocks a new one. */
const STALE_RUN = '1 hour';
/** Member sentences per theme shown to a model that relabels themes. */
const EXAMPLES_FOR_MODEL = 4;

interface GroupResult {
  group: ThemeGroup;
  themes: (FoundTheme & { key: string; words?: ThemeLabel })[];
}

/** Theme discovery as a background job: per question (and transcripts), themes become codes with suggested highlights. */
@Injectable()
export class ThemeRunService implements OnModuleInit {
  private readonly logger = new Logger('ThemeRun');
  private readonly sources: ThemeSources;

  constructor(
    private readonly runs: ThemeRunRepository,
    private readonly themes: ThemeRepository,
    private readonly codes: CodeRepository,
    private readonly highlights: HighlightRepository,
    private readonly access: StudyAccessService,
    transcripts: TranscriptReader,
    surveys: SurveyReader,
    responses: ResponseReader,
    feedback: FeedbackReader,
    private readonly queue: JobQueue,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    @Inject(TOKEN_BUDGET) private readonly tokenBudget: number,
  ) {
    this.sources = { transcripts, surveys, responses, feedback };
  }

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ runId: string }>(THEME_JOB, ({ runId }) => this.execute(runId));
  }

  /** Checks the input (nothing is written when it is wrong) and queues a run. */
  async start(user: AuthUser, input: DiscoverThemesInput): Promise<ThemeRun> {
    const { studyId } = input;
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    const provider = chooseProvider(input.provider ?? 'offline', this.llm);
    const includeTranscripts = input.includeTranscripts ?? true;
    const questions = await chooseQuestions(this.sources, studyId, input.questionIds);
    const groups = await loadThemeGroups(this.sources, studyId, questions, includeTranscripts);
    if (!groups.some((g) => g.units.length)) {
      throw badInput(
        input.questionIds == null
          ? `This study has no open-text answers${includeTranscripts ? ' or interview transcripts' : ''} to find themes in yet.`
          : 'The chosen questions have no answers yet; themes are found in answers people gave.',
      );
    }
    await this.runs.failStale(studyId, STALE_RUN);
    const runId = await this.runs.insert({
      studyId,
      questionIds: input.questionIds ?? null,
      includeTranscripts,
      provider,
      model: provider === 'openai' ? this.llm!.model : null,
      createdBy: user.id,
    });
    if (!runId)
      throw conflict(
        'Theme discovery is already running for this study; wait for it to finish, then run it again.',
      );
    await this.queue.send(THEME_JOB, { runId }, { singletonKey: runId });
    return this.byId(runId);
  }

  async get(user: AuthUser, id: string): Promise<ThemeRun> {
    await this.access.requireVia(
      user,
      (x) => this.runs.studyOf(x),
      id,
      Right.READ,
      'The theme run',
    );
    return this.byId(id);
  }

  private async byId(id: string): Promise<ThemeRun> {
    const run = await this.runs.byId(id);
    if (!run) throw notFound('The theme run');
    return run;
  }

  /**
   * Runs (or resumes after a crash) a theme run. Idempotent: themes are matched by their stable
   * key and suggestions are unique per code and span, so a retried or repeated run adds no
   * duplicates, and highlights people accepted or rejected are never changed.
   */
  async execute(runId: string): Promise<void> {
    const claimed = await this.runs.claim(runId);
    if (!claimed) return;
    const { studyId, questionIds, includeTranscripts, provider } = claimed;
    try {
      const questions = await chooseQuestions(this.sources, studyId, questionIds);
      const groups = await loadThemeGroups(this.sources, studyId, questions, includeTranscripts);
      const notes: string[] = [];
      const usable = groups.filter((g) => {
        if (g.units.length >= MIN_UNITS) return true;
        if (g.units.length || g.scope !== TRANSCRIPTS) {
          const what =
            g.scope === TRANSCRIPTS
              ? 'participant turns'
              : g.scope === FEEDBACK
                ? 'customer messages'
                : 'answers';
          notes.push(
            `${quoted(g)} has ${g.units.length} ${what}; themes need at least ${MIN_UNITS}.`,
          );
        }
        return false;
      });
      const total = usable.reduce((n, g) => n + g.units.length, 0);
      let done = 0;
      let reporting = Promise.resolve();
      const report = (value: number) =>
        (reporting = reporting.then(() => this.progress(runId, value)).catch(() => undefined));
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
        const stored = await this.store(runId, studyId, r);
        themeCount += stored.themes;
        suggestionCount += stored.suggestions;
      }
      if (!themeCount && !notes.length)
        notes.push('No themes were found: the answers did not form groups of similar sentences.');
      await this.runs.succeed(
        runId,
        themeCount,
        suggestionCount,
        notes.length ? notes.join(' ') : null,
      );
    } catch (error) {
      const known = error instanceof LlmError || error instanceof DomainError;
      if (!known) this.logger.error(error);
      const reason = known
        ? error.message
        : 'Theme discovery failed unexpectedly; see the server log.';
      await this.runs.fail(runId, reason);
    }
  }

  private async progress(runId: string, value: number): Promise<void> {
    await this.runs.progress(runId, value);
  }

  /** `openai`: the model relabels each group's themes from their offline labels, keyphrases and a few redacted member sentences. */
  private async relabel(runId: string, results: GroupResult[]): Promise<void> {
    const llm = this.llm;
    if (!llm)
      throw new LlmError(
        'No model is configured any more (OPENAI_API_KEY is unset); run theme discovery with the offline provider.',
      );
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
            examples: t.members
              .slice(0, EXAMPLES_FOR_MODEL)
              .map((m) => units.get(m.unitId)?.masked.slice(m.start, m.end).trim() ?? '')
              .filter(Boolean),
          })),
        };
      });
    const estimate = calls.reduce((n, c) => n + relabelTokens(c.r.group.title, c.themes), 0);
    if (estimate > this.tokenBudget) {
      throw new LlmError(
        `Relabelling would send about ${estimate.toLocaleString('en')} tokens, over the budget of ${this.tokenBudget.toLocaleString('en')} (TOKEN_BUDGET). Use the offline provider or raise the budget.`,
      );
    }
    for (const [i, c] of calls.entries()) {
      const out = await relabelThemes(llm, c.r.group.title, c.themes);
      c.themes.forEach((t, k) => (c.r.themes[k].words = out.labels.get(t.id)));
      await this.runs.addTokens(runId, out.tokensIn, out.tokensOut);
      await this.progress(runId, 0.9 + (0.05 * (i + 1)) / calls.length);
    }
  }

  /**
   * Stores one group's themes in one transaction: an existing theme with the same key (or merged
   * into one) is updated, a new one gets a code.
   */
  private store(
    runId: string,
    studyId: string,
    { group, themes }: GroupResult,
  ): Promise<{ themes: number; suggestions: number }> {
    const units = new Map(group.units.map((u) => [u.id, u]));
    return this.themes.transaction(async (tx) => {
      let suggestions = 0;
      for (const t of themes) {
        const label = (t.words?.label ?? t.label).trim().slice(0, 80) || 'Theme';
        const description = (t.words?.description ?? t.description)?.trim() || null;
        const existing = await this.themes.findByKey(studyId, t.key, tx);
        let codeId: string;
        if (existing) {
          codeId = existing.codeId;
          // A renamed label stays; a theme others were merged into keeps its own figures.
          await this.themes.rediscovered(
            existing.id,
            runId,
            existing.own ? { unitCount: t.unitCount, keyphrases: t.keyphrases } : null,
            tx,
          );
        } else {
          // A code named after the theme; a name already taken gets the group's name, then a number.
          const where =
            group.scope === TRANSCRIPTS
              ? 'interviews'
              : group.scope === FEEDBACK
                ? 'feedback'
                : group.title.length > 40
                  ? `${group.title.slice(0, 39).trim()}…`
                  : group.title;
          const names = [
            label,
            `${label} (${where})`,
            ...Array.from({ length: 50 }, (_, i) => `${label} (${where}) ${i + 2}`),
          ];
          const id = await this.codes.insertFirstFree(
            studyId,
            names,
            description,
            group.category,
            tx,
          );
          if (!id) throw new Error(`No free code name for theme "${label}".`);
          codeId = id;
          await this.themes.insert(
            studyId,
            {
              runId,
              codeId,
              label,
              description,
              keyphrases: t.keyphrases,
              sourceScope: group.scope,
              surveyId: group.surveyId,
              unitCount: t.unitCount,
              themeKey: t.key,
            },
            tx,
          );
        }
        suggestions += await this.highlights.insertThemeSuggestions(
          studyId,
          codeId,
          THEME_CODER,
          this.suggestions(t, units),
          tx,
        );
      }
      return { themes: themes.length, suggestions };
    });
  }

  /**
   * Member sentences become SUGGESTED highlights of the theme's code, confidence = fit. Skipped:
   * spans that carry an email or phone number (never evidence), spans outside the source text,
   * and (by the repository) spans anyone already coded with this code (whatever its status).
   */
  private suggestions(theme: FoundTheme, units: Map<string, ThemeSourceUnit>) {
    const members = theme.members.filter((m) => {
      const u = units.get(m.unitId);
      return (
        u &&
        Number.isInteger(m.start) &&
        Number.isInteger(m.end) &&
        m.start >= 0 &&
        m.end > m.start &&
        m.end <= u.text.length &&
        !u.privateSpans.some((p) => p.start < m.end && m.start < p.end)
      );
    });
    return members.map((m) => {
      const u = units.get(m.unitId)!;
      return {
        source: highlightSourceOf(u.source),
        start: m.start,
        end: m.end,
        text: u.text.slice(m.start, m.end),
        confidence: Math.max(0, Math.min(1, m.fit)),
      };
    });
  }
}

const quoted = (g: ThemeGroup) =>
  g.scope === TRANSCRIPTS || g.scope === FEEDBACK ? g.title : `"${g.title}"`;

import { Injectable } from '@nestjs/common';
import { Right, batchLoad, byKeys, type AuthUser } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { StudyAccessService, type StudyAccess } from '@persona-lab/studies';
import { SurveyReader, surveyQuestionKey } from '@persona-lab/surveys';
import { CodebookService } from '../codebook.service';
import { HighlightRepository } from '../data/highlight.repository';
import { FEEDBACK_SCOPE, ThemeRepository, type ThemeRow } from '../data/theme.repository';
import type { Highlight } from '../models/coding.model';
import { THEME_CODER } from './theme-run.service';
import type { Theme } from './theme.model';

/** Themes after discovery: read them, and accept, undo, rename, merge or drop them as a whole. */
@Injectable()
export class ThemeService {
  constructor(
    private readonly themes: ThemeRepository,
    private readonly highlights: HighlightRepository,
    private readonly access: StudyAccessService,
    private readonly codebook: CodebookService,
    private readonly surveys: SurveyReader,
  ) {}

  /** A study's themes: transcripts last, then by size. */
  async list(user: AuthUser, studyId: string): Promise<Theme[]> {
    await this.access.requireStudy(user, studyId, Right.READ);
    return this.labelled(await this.themes.list(studyId));
  }

  /** The themes a run proposed or updated (a later run over the same text takes them over). */
  async ofRun(runId: string): Promise<Theme[]> {
    return this.labelled(await this.themes.ofRun(runId));
  }

  async byId(id: string): Promise<Theme> {
    return this.found(await this.themes.byId(id));
  }

  /** Suggestions of the theme's code still waiting for review, and those of them accepted: one query per tick of the GraphQL request `ctx` for a list of themes. */
  countsBatched(ctx: object, theme: Theme): Promise<{ pending: number; accepted: number }> {
    return batchLoad(
      ctx,
      'coding.themeCounts',
      async (codeIds: readonly string[]) =>
        byKeys(
          codeIds,
          await this.highlights.suggestionCountsOf(codeIds, THEME_CODER),
          (r) => r.codeId,
          (r) => ({ pending: r.pending, accepted: r.accepted }),
          { pending: 0, accepted: 0 },
        ),
      theme.codeId,
    );
  }

  /** The best-fitting member sentences that are not rejected (accepted or pending suggestions of the theme's code): one query per tick (and page size) of the GraphQL request `ctx` for a list of themes. */
  async examplesBatched(ctx: object, theme: Theme, first: number): Promise<Highlight[]> {
    const n = Math.max(0, Math.min(50, Math.trunc(first)));
    if (!n) return [];
    return batchLoad(
      ctx,
      `coding.themeExamples:${n}`,
      async (codeIds: readonly string[]) => {
        const rows = await this.highlights.bestOfCoderMany(codeIds, THEME_CODER, n);
        return codeIds.map((id) => rows.filter((r) => r.codeId === id));
      },
      theme.codeId,
    );
  }

  /** Accepts every pending suggestion of the theme at once, remembering which, for `undoAccept`. */
  async accept(user: AuthUser, id: string): Promise<Theme> {
    await this.requireTheme(user, id);
    // Accepting a theme with nothing pending (a double click) keeps what a later undo restores.
    return this.found(await this.themes.accept(id, THEME_CODER));
  }

  /** Puts exactly the highlights the last `accept` accepted back to suggested (those still accepted and on this theme). */
  async undoAccept(user: AuthUser, id: string): Promise<Theme> {
    await this.requireTheme(user, id);
    const theme = await this.themes.undoAccept(id);
    if (theme === 'nothing')
      throw conflict('There is no accepted theme to undo: accept the theme first.');
    return this.found(theme === 'missing' ? undefined : theme);
  }

  /** Renames the theme and its code (code names are unique in a study). */
  async rename(user: AuthUser, id: string, label: string): Promise<Theme> {
    await this.requireTheme(user, id);
    const name = label.replace(/\s+/g, ' ').trim();
    if (!name || name.length > 120)
      throw badInput('Give the theme a label of 1 to 120 characters.', { field: 'label' });
    const theme = await this.themes.rename(id, name);
    if (theme === 'taken') {
      throw conflict(
        `A code named "${name}" already exists in this study; choose another label or merge the two themes.`,
        { field: 'label' },
      );
    }
    return this.found(theme === 'missing' ? undefined : theme);
  }

  /**
   * Moves the source theme's highlights to the target's code (a span the target already has from
   * the same coder is not doubled), deletes the source theme and its code, and remembers the
   * source's key so a re-run adds what it finds again to the target.
   */
  async merge(user: AuthUser, sourceId: string, targetId: string): Promise<Theme> {
    if (sourceId === targetId) throw badInput('Choose two different themes to merge.');
    const a = await this.requireTheme(user, sourceId);
    const b = await this.requireTheme(user, targetId);
    if (a.studyId !== b.studyId) throw badInput('Themes can only be merged within one study.');
    const [source, target] = await Promise.all([
      this.themes.keys(sourceId),
      this.themes.keys(targetId),
    ]);
    if (!source || !target) throw notFound('The theme');
    await this.themes.addMergedKeys(targetId, [source.themeKey, ...source.mergedKeys]);
    // The codebook's merge moves the highlights in one transaction; the source theme goes with its code.
    await this.codebook.merge(user, source.codeId, target.codeId);
    await this.themes.recountUnits(targetId, target.codeId);
    return this.byId(targetId);
  }

  /**
   * Deletes the theme, its code and its pending suggestions. A theme with accepted highlights is
   * refused, so nobody loses coding by a slip: undo the acceptance or merge it first.
   */
  async drop(user: AuthUser, id: string): Promise<boolean> {
    await this.requireTheme(user, id);
    const outcome = await this.themes.drop(id);
    if (outcome === 'missing') throw notFound('The theme');
    if (outcome !== 'dropped') {
      const n = outcome.accepted;
      throw conflict(
        `This theme's code has ${n} accepted highlight${n === 1 ? '' : 's'}. Undo the acceptance, or merge the theme into another, before dropping it.`,
        {
          highlights: n,
        },
      );
    }
    return true;
  }

  private requireTheme(user: AuthUser, id: string): Promise<StudyAccess> {
    return this.access.requireVia(
      user,
      (x) => this.themes.studyOf(x),
      id,
      Right.RESEARCH,
      'The theme',
    );
  }

  private async found(row: ThemeRow | undefined): Promise<Theme> {
    if (!row) throw notFound('The theme');
    const [theme] = await this.labelled([row]);
    return theme;
  }

  /** Themes with their source labels: the question's title as its survey words it now, "Interview transcripts" or "Customer feedback". */
  private async labelled(rows: ThemeRow[]): Promise<Theme[]> {
    const refs = rows.flatMap((r) =>
      r.questionId && r.surveyId ? [{ surveyId: r.surveyId, questionId: r.questionId }] : [],
    );
    const titles = await this.surveys.questionTitles(refs);
    return rows.map(({ surveyId, ...r }) => ({
      ...r,
      sourceLabel: r.questionId
        ? ((surveyId && titles.get(surveyQuestionKey({ surveyId, questionId: r.questionId }))) ??
          r.questionId)
        : r.sourceScope === FEEDBACK_SCOPE
          ? 'Customer feedback'
          : 'Interview transcripts',
    }));
  }
}

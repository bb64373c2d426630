import { Inject, Injectable, Optional } from '@nestjs/common';
import { badInput } from '@persona-lab/errors';
import {
  npsScore,
  scaleBounds,
  type Question,
  type SurveyDefinition,
} from '@persona-lab/survey-logic';
import { ResultsRepository } from './data/results.repository';
import { responseScope, type ResponseScope, type ScopeMembers } from './data/response-scope';
import type { SurveyRow } from './data/survey.repository';
import type {
  ChoiceCount,
  QuestionResult,
  Response,
  ResponseConnection,
  SurveyResults,
} from './models/response.model';
import { PersonaMembership } from './persona-membership';
import type { ResultsFilterInput } from './results-filter';
import { SurveyVersionStore } from './survey-version.store';

/** The survey fields results are computed from. */
export type ResultsSurvey = Pick<SurveyRow, 'id' | 'study_id' | 'definition'>;

const TEXT_SAMPLE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every question any version asked, latest wording first, so old responses still count. Options
 * (and matrix rows) a later version removed stay too, after the current ones, labelled with
 * their text from the last version that had them and the version that removed them
 * ("Excel (removed in v2)"); one removed only in the unpublished edits says "(removed)".
 */
export function questionsAcrossVersions(
  current: SurveyDefinition,
  versions: Map<number, SurveyDefinition>,
): Question[] {
  const numbers = [...versions.keys()].sort((a, b) => a - b);
  const seen = new Map<string, Question>();
  for (const q of current.questions) seen.set(q.id, q);
  for (const n of [...numbers].reverse())
    for (const q of versions.get(n)!.questions) if (!seen.has(q.id)) seen.set(q.id, q);
  return [...seen.values()].map((q) => {
    const options = withRemoved(q, 'options', numbers, versions);
    const rows = withRemoved(q, 'rows', numbers, versions);
    return options === q.options && rows === q.rows ? q : { ...q, options, rows };
  });
}

type Choice = NonNullable<Question['options']>[number];

/** `q[key]` plus the choices earlier versions of the same question had and it lacks. */
function withRemoved(
  q: Question,
  key: 'options' | 'rows',
  numbers: number[],
  versions: Map<number, SurveyDefinition>,
): Question['options'] {
  const kept = q[key];
  if (!kept) return kept;
  const have = new Set(kept.map((c) => c.id));
  // The newest version that had each missing choice, with its text there.
  const last = new Map<string, { choice: Choice; version: number }>();
  for (const n of numbers) {
    const asked = versions.get(n)!.questions.find((x) => x.id === q.id && x.type === q.type);
    for (const choice of asked?.[key] ?? [])
      if (!have.has(choice.id)) last.set(choice.id, { choice, version: n });
  }
  if (last.size === 0) return kept;
  const removed = [...last.values()].map(({ choice, version }) => {
    const by = numbers.find((n) => n > version);
    return { ...choice, label: `${choice.label} (removed${by ? ` in v${by}` : ''})` };
  });
  return [...kept, ...removed];
}

// The cursor carries PostgreSQL's own timestamp text: a JS Date would drop the microseconds and skip rows.
const encodeCursor = (submittedAt: string, id: string) =>
  Buffer.from(`${submittedAt}|${id}`).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!id || !/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(at) || !UUID.test(id))
    throw badInput('The `after` cursor is not valid; use the endCursor of the previous page.');
  return [at, id];
}

/**
 * Results computed in PostgreSQL (jsonb operators over the survey's rows),
 * never by loading every response into Node.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly rows: ResultsRepository,
    private readonly versions: SurveyVersionStore,
    // Provided by the personas lib through the app (see the README); only a persona filter needs it.
    @Optional()
    @Inject(PersonaMembership)
    private readonly membership: PersonaMembership | null = null,
  ) {}

  /**
   * The one scope over the survey's responses under a filter, shared by the results, the
   * responses page and its count, and the exports. Throws BAD_USER_INPUT for a bad filter.
   */
  private async filtered(survey: ResultsSurvey, filter: ResultsFilterInput | null | undefined) {
    const members = filter?.personaId
      ? await this.personaMembers(survey.study_id, filter.personaId)
      : null;
    const versions = await this.versions.all(survey.id);
    const questions = questionsAcrossVersions(survey.definition, versions);
    const byId = new Map(questions.map((q) => [q.id, q]));
    const scope = responseScope(survey.id, filter, byId, members);
    // The same responses with partial ones kept, to say how many completeOnly leaves out.
    const withPartial = filter?.completeOnly
      ? responseScope(survey.id, { ...filter, completeOnly: false }, byId, members)
      : scope;
    return { versions, questions, scope, withPartial };
  }

  /** A persona filter must name a persona of the survey's own study; anything else is refused alike, so nothing about other studies leaks. */
  private async personaMembers(studyId: string, personaId: string): Promise<ScopeMembers> {
    const refuse = () =>
      badInput(
        "The filter's persona is not one of this survey's study; pick a persona of the study or clear the persona filter.",
        { field: 'filter.personaId' },
      );
    if (!UUID.test(personaId)) throw refuse();
    if (!this.membership) {
      throw new Error(
        "Filtering results by persona needs PersonaMembership: pass the personas lib's PersonaMembershipModule to SurveysModule.forRoot({ personaMembership }).",
      );
    }
    const members = await this.membership.respondents(personaId, studyId);
    if (!members) throw refuse();
    return members;
  }

  /**
   * The same scope, for callers that read the rows themselves (the streamed
   * exports), with every question across versions. Throws BAD_USER_INPUT for a bad filter.
   */
  async scope(
    survey: ResultsSurvey,
    filter: ResultsFilterInput | null | undefined,
  ): Promise<{ scope: ResponseScope; questions: Question[] }> {
    const { scope, questions } = await this.filtered(survey, filter);
    return { scope, questions };
  }

  async results(survey: ResultsSurvey, filter?: ResultsFilterInput | null): Promise<SurveyResults> {
    const { questions, scope, withPartial } = await this.filtered(survey, filter);
    const textIds = questions
      .filter((q) => q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT')
      .map((q) => q.id);
    const [{ row, columns }, texts, partialCount] = await Promise.all([
      this.rows.aggregate(questions, scope),
      this.textSamples(textIds, scope),
      withPartial === scope ? null : this.rows.countPartial(withPartial),
    ]);
    const totals = { total: row.total as number, complete: row.complete as number };
    const statBy = new Map<
      string,
      { answered: number; mean: number | null; median: number | null }
    >();
    const countBy = new Map<string, Map<string, number>>();
    columns.forEach((c, i) => {
      const value = row[`c${i}`];
      if (!statBy.has(c.qid)) statBy.set(c.qid, { answered: 0, mean: null, median: null });
      const stat = statBy.get(c.qid)!;
      if (c.kind === 'answered') stat.answered = Number(value);
      else if (c.kind === 'mean') stat.mean = value === null ? null : Number(value);
      else if (c.kind === 'median') stat.median = value === null ? null : Number(value);
      else if (c.kind === 'count') {
        if (!countBy.has(c.qid)) countBy.set(c.qid, new Map());
        countBy.get(c.qid)!.set(c.choiceId, Number(value));
      }
    });
    return {
      responseCount: totals.total,
      completeCount: totals.complete,
      partialCount: partialCount ?? totals.total - totals.complete,
      questions: questions.map((q) =>
        this.questionResult(q, statBy.get(q.id), countBy.get(q.id) ?? new Map(), texts.get(q.id)),
      ),
    };
  }

  private async textSamples(
    questionIds: string[],
    scope: ResponseScope,
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    await Promise.all(
      questionIds.map(async (id) => {
        out.set(id, await this.rows.newestTexts(scope, id, TEXT_SAMPLE));
      }),
    );
    return out;
  }

  private questionResult(
    q: Question,
    stat: { answered: number; mean: number | null; median: number | null } | undefined,
    counts: Map<string, number>,
    texts: string[] | undefined,
  ): QuestionResult {
    const answered = stat?.answered ?? 0;
    const share = (count: number) => (answered ? count / answered : 0);
    const numeric = ['RATING', 'LIKERT', 'NPS', 'NUMBER'].includes(q.type);
    let choices: ChoiceCount[] | null = null;
    if (q.options && ['SINGLE_CHOICE', 'DROPDOWN', 'MULTIPLE_CHOICE', 'RANKING'].includes(q.type)) {
      choices = q.options.map((o) => ({
        choiceId: o.id,
        label: o.label,
        count: counts.get(o.id) ?? 0,
        share: share(counts.get(o.id) ?? 0),
      }));
    } else if (q.type === 'MATRIX') {
      choices = (q.rows ?? []).flatMap((row) =>
        (q.options ?? []).map((col) => {
          const count = counts.get(`${row.id}:${col.id}`) ?? 0;
          return {
            choiceId: `${row.id}:${col.id}`,
            label: `${row.label}: ${col.label}`,
            count,
            share: share(count),
          };
        }),
      );
    } else if (['RATING', 'LIKERT', 'NPS'].includes(q.type)) {
      const bounds = scaleBounds(q) ?? { min: 1, max: 5 };
      choices = [];
      for (let v = bounds.min; v <= bounds.max; v++) {
        const count = counts.get(String(v)) ?? 0;
        choices.push({ choiceId: String(v), label: String(v), count, share: share(count) });
      }
    }
    let nps = null;
    if (q.type === 'NPS') {
      const scores: number[] = [];
      for (const [value, count] of counts)
        for (let i = 0; i < count; i++) scores.push(Number(value));
      nps = npsScore(scores);
    }
    return {
      questionId: q.id,
      answered,
      choices,
      mean: numeric && stat?.mean != null ? Number(stat.mean) : null,
      median: numeric && stat?.median != null ? Number(stat.median) : null,
      nps,
      textSample: q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT' ? (texts ?? []) : null,
    };
  }

  /** Responses newest first, keyset-paginated (stable under concurrent inserts), under the same filter as `results`. */
  async responses(
    survey: ResultsSurvey,
    first: number,
    after?: string | null,
    filter?: ResultsFilterInput | null,
  ): Promise<ResponseConnection> {
    if (!Number.isInteger(first) || first < 1 || first > 500)
      throw badInput('`first` must be between 1 and 500.', { field: 'first' });
    const cursor = after ? decodeCursor(after) : null;
    const { versions, scope } = await this.filtered(survey, filter);
    const rows = await this.rows.page(scope, 'newest', first + 1, cursor);
    const page = rows.slice(0, first);
    const nodes: Response[] = page.map((r) => {
      const order = versions.get(r.survey_version)?.questions.map((q) => q.id) ?? [];
      const keys = Object.keys(r.answers).sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return {
        id: r.id,
        surveyVersion: r.survey_version,
        complete: r.complete,
        submittedAt: r.submitted_at,
        answers: keys.map((k) => ({ questionId: k, value: r.answers[k] })),
        hiddenFields: r.hidden_fields,
      };
    });
    const last = page[page.length - 1];
    return {
      scope,
      nodes,
      endCursor: rows.length > first && last ? encodeCursor(last.cursor_at, last.id) : null,
    };
  }

  /** How many responses a connection's scope holds (its filter applied, no page bounds). */
  count(scope: ResponseScope): Promise<number> {
    return this.rows.count(scope);
  }
}

import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response as ExpressResponse } from 'express';
import { Access, CurrentUser, Right, type AuthUser } from '@persona-lab/auth';
import { csvRow } from '@persona-lab/privacy';
import {
  ResultsRepository,
  type ResponseCursor,
  type ScopedResponseRow,
} from './data/results.repository';
import type { ResponseScope } from './data/response-scope';
import { exportColumns } from './export-columns';
import { filterApplies, parseResultsFilterParam } from './results-filter';
import { ResultsService } from './results.service';
import { SurveyService } from './survey.service';

const PAGE = 1000;

/**
 * Streamed exports for signed-in members: constant memory whatever the number of responses.
 * `?filter=` takes the results filter as JSON (the GraphQL `ResultsFilter` shape), so an
 * export holds what the results page shows; without it, every response.
 */
@Controller('api/surveys')
export class ResponsesExportController {
  constructor(
    private readonly rowsOf: ResultsRepository,
    private readonly surveys: SurveyService,
    private readonly results: ResultsService,
  ) {}

  /** The survey, its questions and the filtered scope; throws before anything is written. */
  private async prepare(user: AuthUser, id: string, rawFilter: unknown) {
    const survey = await this.surveys.requireSurvey(user, id, Right.READ);
    const filter = parseResultsFilterParam(rawFilter);
    // The same scope as the charts and the responses table (it checks the conditions).
    const { scope, questions } = await this.results.scope(survey, filter);
    const name = `${survey.slug}-responses${filterApplies(filter) ? '-filtered' : ''}`;
    return { scope, questions, name };
  }

  /** Pages through the scope's responses oldest first with a keyset cursor, never holding more than one page. */
  private async *rows(scope: ResponseScope): AsyncGenerator<ScopedResponseRow> {
    let cursor: ResponseCursor | null = null;
    while (true) {
      const page = await this.rowsOf.page(scope, 'oldest', PAGE, cursor);
      yield* page;
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      cursor = [last.cursor_at, last.id];
    }
  }

  @Access('user')
  @Get(':id/responses.csv')
  async csv(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query('filter') filter: unknown,
    @Res() res: ExpressResponse,
  ): Promise<void> {
    const { scope, questions, name } = await this.prepare(user, id, filter);
    // Hidden-field columns come from the whole survey, filtered or not, so every export of it has the same columns.
    const hiddenKeys = await this.rowsOf.hiddenFieldKeys(id);
    const columns = exportColumns(questions);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    const csv = stringify({
      header: true,
      // Headers hold question titles and hidden-field keys: guarded against formulas like every cell.
      columns: csvRow([
        'response_id',
        'submitted_at',
        'complete',
        'survey_version',
        ...hiddenKeys.map((k) => `hidden:${k}`),
        ...columns.map((c) => c.header),
      ]).map(String),
    });
    csv.pipe(res);
    for await (const r of this.rows(scope)) {
      // Numbers (ratings, picks, ranks) stay numbers; text that a spreadsheet would run is guarded.
      const line = csvRow([
        r.id,
        r.submitted_at.toISOString(),
        r.complete,
        r.survey_version,
        ...hiddenKeys.map((k) => r.hidden_fields?.[k] ?? ''),
        ...columns.map((c) => c.value(r.answers)),
      ]);
      // Respect back-pressure so memory stays flat on 100k rows.
      if (!csv.write(line)) await new Promise((resolve) => csv.once('drain', resolve));
    }
    csv.end();
  }

  @Access('user')
  @Get(':id/responses.json')
  async json(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query('filter') filter: unknown,
    @Res() res: ExpressResponse,
  ): Promise<void> {
    const { scope, name } = await this.prepare(user, id, filter);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.json"`);
    res.write('[');
    let first = true;
    for await (const r of this.rows(scope)) {
      const item = {
        id: r.id,
        submittedAt: r.submitted_at,
        complete: r.complete,
        surveyVersion: r.survey_version,
        hiddenFields: r.hidden_fields,
        answers: r.answers,
      };
      if (!res.write(`${first ? '' : ','}\n${JSON.stringify(item)}`))
        await new Promise((resolve) => res.once('drain', resolve));
      first = false;
    }
    res.end('\n]\n');
  }
}

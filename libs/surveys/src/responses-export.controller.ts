import { Controller, Get, Param, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response as ExpressResponse } from 'express';
import { DataSource } from 'typeorm';
import { Access, CurrentUser, Right, type AuthUser } from '@persona-lab/auth';
import { exportColumns } from './export-columns';
import { questionsAcrossVersions } from './results.service';
import { SurveyService } from './survey.service';
import { SurveyVersionStore } from './survey-version.store';

const PAGE = 1000;

interface ExportRow {
  id: string;
  submitted_at: Date;
  cursor_at: string;
  complete: boolean;
  survey_version: number;
  answers: Record<string, unknown>;
  hidden_fields: Record<string, string> | null;
}

/** Streamed exports for signed-in members: constant memory whatever the number of responses. */
@Controller('api/surveys')
export class ResponsesExportController {
  constructor(
    private readonly db: DataSource,
    private readonly surveys: SurveyService,
    private readonly versions: SurveyVersionStore,
  ) {}

  /** Pages through responses oldest first with a keyset cursor, never holding more than one page. */
  private async *rows(surveyId: string): AsyncGenerator<ExportRow> {
    let cursor: [string, string] | null = null;
    while (true) {
      const page: ExportRow[] = await this.db.query(
        `SELECT id, submitted_at, submitted_at::text AS cursor_at, complete, survey_version, answers, hidden_fields FROM response
          WHERE survey_id = $1 ${cursor ? 'AND (submitted_at, id) > ($3::timestamptz, $4::uuid)' : ''}
          ORDER BY submitted_at, id LIMIT $2`,
        cursor ? [surveyId, PAGE, cursor[0], cursor[1]] : [surveyId, PAGE],
      );
      yield* page;
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      cursor = [last.cursor_at, last.id];
    }
  }

  @Access('user')
  @Get(':id/responses.csv')
  async csv(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: ExpressResponse): Promise<void> {
    const survey = await this.surveys.requireSurvey(user, id, Right.READ);
    const questions = questionsAcrossVersions(survey.definition, await this.versions.all(id));
    const hiddenKeys: string[] = (
      await this.db.query('SELECT DISTINCT jsonb_object_keys(hidden_fields) AS k FROM response WHERE survey_id = $1 AND hidden_fields IS NOT NULL ORDER BY 1', [id])
    ).map((r: { k: string }) => r.k);
    const columns = exportColumns(questions);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${survey.slug}-responses.csv"`);
    const csv = stringify({ header: true, columns: ['response_id', 'submitted_at', 'complete', 'survey_version', ...hiddenKeys.map((k) => `hidden:${k}`), ...columns.map((c) => c.header)] });
    csv.pipe(res);
    for await (const r of this.rows(id)) {
      const line = [r.id, r.submitted_at.toISOString(), r.complete, r.survey_version, ...hiddenKeys.map((k) => r.hidden_fields?.[k] ?? ''), ...columns.map((c) => c.value(r.answers))];
      // Respect back-pressure so memory stays flat on 100k rows.
      if (!csv.write(line)) await new Promise((resolve) => csv.once('drain', resolve));
    }
    csv.end();
  }

  @Access('user')
  @Get(':id/responses.json')
  async json(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: ExpressResponse): Promise<void> {
    const survey = await this.surveys.requireSurvey(user, id, Right.READ);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${survey.slug}-responses.json"`);
    res.write('[');
    let first = true;
    for await (const r of this.rows(id)) {
      const item = { id: r.id, submittedAt: r.submitted_at, complete: r.complete, surveyVersion: r.survey_version, hiddenFields: r.hidden_fields, answers: r.answers };
      if (!res.write(`${first ? '' : ','}\n${JSON.stringify(item)}`)) await new Promise((resolve) => res.once('drain', resolve));
      first = false;
    }
    res.end('\n]\n');
  }
}

import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import type { ImportSurveyCsvInput, PreviewSurveyCsvInput } from './dto/survey.input';
import { CsvImportError, importSurveyCsv, previewSurveyCsv, type CsvPreview } from './import';
import type { Survey } from './models/survey.model';
import { checkDefinition, toSurvey } from './survey.service';

const BATCH = 1000;

/** Runs a CSV reader, turning its CsvImportError into BAD_USER_INPUT with the same sentence. */
async function readingCsv<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CsvImportError) throw badInput(error.message, { field: 'csv' });
    throw error;
  }
}

/** Brings a survey export in as a CLOSED survey (version 1) with its responses, in one transaction. */
@Injectable()
export class SurveyImportService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** What `import` would make of each column (same reading, same limits); writes nothing. */
  async preview(user: AuthUser, input: PreviewSurveyCsvInput): Promise<CsvPreview> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    return readingCsv(() => previewSurveyCsv(input.csv, input.columns ?? undefined));
  }

  async import(user: AuthUser, input: ImportSurveyCsvInput): Promise<Survey> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const parsed = await readingCsv(() => importSurveyCsv(input.csv, input.columns ?? undefined));
    const definition = checkDefinition(parsed.definition.questions, false);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO survey (study_id, title, status, slug, definition, description)
         VALUES ($1, $2, 'CLOSED', $3, $4, $5) RETURNING *`,
        [input.studyId, input.title.trim(), randomBytes(8).toString('base64url'), definition, `Imported from CSV: ${parsed.responses.length} responses.`],
      );
      await tx.query('INSERT INTO survey_version (survey_id, version, definition) VALUES ($1, 1, $2)', [row.id, definition]);
      for (let i = 0; i < parsed.responses.length; i += BATCH) {
        const batch = parsed.responses.slice(i, i + BATCH);
        await tx.query(
          `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, submitted_at, started_at)
           SELECT $1, c, 1, true, a, COALESCE(t, now()), COALESCE(t, now())
             FROM unnest($2::text[], $3::jsonb[], $4::timestamptz[]) AS x(c, a, t)`,
          [
            row.id,
            batch.map(() => `import-${randomUUID()}`),
            batch.map((r) => JSON.stringify(r.answers)),
            batch.map((r) => r.submittedAt),
          ],
        );
      }
      return toSurvey(row);
    });
  }
}

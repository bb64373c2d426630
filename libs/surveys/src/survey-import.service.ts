import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { LLM_CLIENT, chooseProvider, type LlmClient } from '@persona-lab/llm';
import type { ImportSurveyCsvInput, PreviewSurveyCsvInput } from './dto/survey.input';
import { CsvImportError, importSurveyCsv, previewSurveyCsv, type CsvImportOptions, type CsvPreview } from './import';
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
    @Optional() @Inject(LLM_CLIENT) private readonly llm: LlmClient | null = null,
  ) {}

  /** Offline unless the caller asks for the configured model (BAD_USER_INPUT when there is none). */
  private options(provider: string | null | undefined): CsvImportOptions {
    const chosen = chooseProvider(provider, this.llm, 'offline');
    return chosen === 'openai' ? { understanding: { provider: 'openai', llm: this.llm! } } : {};
  }

  /** What `import` would make of each column (same reading, same limits); writes nothing. */
  async preview(user: AuthUser, input: PreviewSurveyCsvInput): Promise<CsvPreview> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const options = this.options(input.provider);
    return readingCsv(() => previewSurveyCsv(input.csv, input.columns ?? undefined, options));
  }

  async import(user: AuthUser, input: ImportSurveyCsvInput): Promise<Survey> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const options = this.options(input.provider);
    const parsed = await readingCsv(() => importSurveyCsv(input.csv, input.columns ?? undefined, options));
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

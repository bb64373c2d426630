import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { LLM_CLIENT, chooseProvider, type LlmClient } from '@persona-lab/llm';
import { customerLabel } from '@persona-lab/privacy/customer-key';
import { ParticipantKeyService, StudyAccessService } from '@persona-lab/studies';
import { SurveyRepository } from './data/survey.repository';
import type { ImportSurveyCsvInput, PreviewSurveyCsvInput } from './dto/survey.input';
import {
  CsvImportError,
  importSurveyCsv,
  previewSurveyCsv,
  type CsvImportOptions,
  type CsvPreview,
} from './import';
import type { Survey } from './models/survey.model';
import { QualityService } from './quality.service';
import { checkDefinition, toSurvey } from './survey.service';

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
    private readonly surveys: SurveyRepository,
    private readonly access: StudyAccessService,
    private readonly quality: QualityService,
    @Optional() @Inject(LLM_CLIENT) private readonly llm: LlmClient | null = null,
    /** Customer identity (the app's CustomerKeysModule); without it a customer id column is only dropped. */
    @Optional() @Inject(ParticipantKeyService) private readonly keys: ParticipantKeyService | null = null,
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
    const parsed = await readingCsv(() =>
      importSurveyCsv(input.csv, input.columns ?? undefined, options),
    );
    const definition = checkDefinition(parsed.definition.questions, false);
    const keys = this.keys;
    // A customer id column links each response as a live submission's hidden customer_id does:
    // hashed here, linked in the import's transaction; the raw id is stored nowhere.
    const hashOf = (id: string | null | undefined) => (id && keys ? keys.hash(input.studyId, id) : null);
    const row = await this.surveys.insertImported({
      studyId: input.studyId,
      title: input.title.trim(),
      slug: randomBytes(8).toString('base64url'),
      description: `Imported from CSV: ${parsed.responses.length} responses.`,
      definition,
      responses: parsed.responses.map((r) => ({
        clientResponseId: `import-${randomUUID()}`,
        answers: r.answers,
        submittedAt: r.submittedAt,
        customerKeyHash: hashOf(r.customerId),
      })),
      linkCustomers: keys
        ? (hashes, tx) =>
            keys.link(input.studyId, hashes.map((keyHash) => ({ keyHash, label: customerLabel(keyHash) })), tx)
        : undefined,
    });
    // Flags for the whole export at once (no durations in an export: no speeding flags).
    await this.quality.recompute(row.id);
    return toSurvey(row);
  }
}

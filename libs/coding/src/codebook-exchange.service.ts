import { Injectable } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { StudyAccessService } from '@persona-lab/studies';
import { CodebookService } from './codebook.service';
import { HighlightRepository } from './data/highlight.repository';
import {
  CodebookFormatError,
  codebookFromCsv,
  codebookFromQdc,
  codebookToCsv,
  codebookToQdc,
  highlightsToCsv,
  type ExchangeCode,
} from './exchange';
import type { Code } from './models/coding.model';
import { SourceTextService } from './source-text.service';

export type CodebookFormat = 'QDC' | 'CSV';

/** Codebook exchange with ATLAS.ti, NVivo, MAXQDA, QualCoder (REFI-QDA .qdc) and spreadsheets (CSV). */
@Injectable()
export class CodebookExchangeService {
  constructor(
    private readonly highlights: HighlightRepository,
    private readonly access: StudyAccessService,
    private readonly codebook: CodebookService,
    private readonly sources: SourceTextService,
  ) {}

  async export(user: AuthUser, studyId: string, format: CodebookFormat): Promise<string> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const codes: ExchangeCode[] = (await this.codebook.list(studyId)).map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      category: c.category,
      parentId: c.parentId,
    }));
    return format === 'QDC' ? codebookToQdc(codes) : codebookToCsv(codes);
  }

  /** Adds the file's codes to the study in one transaction; a name already in the codebook is refused, nothing half-imported. */
  async import(
    user: AuthUser,
    studyId: string,
    format: CodebookFormat,
    content: string,
  ): Promise<Code[]> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    let codes: ExchangeCode[];
    try {
      codes = format === 'QDC' ? codebookFromQdc(content) : codebookFromCsv(content);
    } catch (error) {
      if (error instanceof CodebookFormatError) throw badInput(error.message, { field: 'content' });
      throw error;
    }
    // Parents come before children in both importers' output; both stop at MAX_IMPORTED_CODES.
    return this.codebook.createAll(
      studyId,
      codes.map((c) => ({
        key: c.id,
        parentKey: c.parentId ?? null,
        name: c.name,
        description: c.description ?? null,
        category: c.category,
      })),
    );
  }

  async highlightsCsv(user: AuthUser, studyId: string): Promise<string> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const rows = await this.highlights.forExport(studyId);
    const labels = new Map<string, string>();
    const label = async (r: (typeof rows)[number]) => {
      const key = r.segmentId ?? r.messageId ?? `${r.responseId}:${r.questionId}`;
      if (!labels.has(key)) {
        labels.set(
          key,
          (
            await this.sources.resolve({
              type: r.type,
              segmentId: r.segmentId,
              responseId: r.responseId,
              questionId: r.questionId,
              messageId: r.messageId,
            })
          ).label,
        );
      }
      return labels.get(key)!;
    };
    const out = [];
    for (const r of rows) {
      out.push({
        id: r.id,
        codeName: r.codeName,
        category: r.category,
        sourceType: r.type,
        sourceLabel: await label(r),
        start: r.start,
        end: r.end,
        text: r.text,
        status: r.status,
        coder: r.coder,
        confidence: r.confidence,
        createdAt: new Date(r.createdAt).toISOString(),
      });
    }
    return highlightsToCsv(out);
  }
}

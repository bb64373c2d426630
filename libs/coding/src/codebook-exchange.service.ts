import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { CodebookService } from './codebook.service';
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
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly codebook: CodebookService,
    private readonly sources: SourceTextService,
  ) {}

  async export(user: AuthUser, studyId: string, format: CodebookFormat): Promise<string> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const codes: ExchangeCode[] = (await this.codebook.list(studyId)).map((c) => ({ id: c.id, name: c.name, description: c.description, category: c.category, parentId: c.parentId }));
    return format === 'QDC' ? codebookToQdc(codes) : codebookToCsv(codes);
  }

  /** Adds the file's codes to the study in one transaction; a name already in the codebook is refused, nothing half-imported. */
  async import(user: AuthUser, studyId: string, format: CodebookFormat, content: string): Promise<Code[]> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    let codes: ExchangeCode[];
    try {
      codes = format === 'QDC' ? codebookFromQdc(content) : codebookFromCsv(content);
    } catch (error) {
      if (error instanceof CodebookFormatError) throw badInput(error.message, { field: 'content' });
      throw error;
    }
    if (codes.length > 2000) throw badInput('A codebook can have at most 2,000 codes.', { field: 'content' });
    return this.db.transaction(async (tx) => {
      const ids = new Map<string, string>();
      const created: Code[] = [];
      // Parents come before children in both importers' output.
      for (const c of codes) {
        const code = await this.codebook.insert(tx, studyId, { name: c.name, description: c.description, category: c.category, parentId: c.parentId ? ids.get(c.parentId) ?? null : null });
        ids.set(c.id, code.id);
        created.push(code);
      }
      return created;
    });
  }

  async highlightsCsv(user: AuthUser, studyId: string): Promise<string> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const rows: any[] = await this.db.query(
      `SELECT h.id, c.name AS code_name, c.category, h.source_type, h.segment_id, h.response_id, h.question_id,
              h.start_offset, h.end_offset, h.text, h.status, h.coder, h.confidence, h.created_at
         FROM highlight h JOIN code c ON c.id = h.code_id WHERE h.study_id = $1 ORDER BY h.created_at, h.id`,
      [studyId],
    );
    const labels = new Map<string, string>();
    const label = async (r: any) => {
      const key = r.segment_id ?? `${r.response_id}:${r.question_id}`;
      if (!labels.has(key)) {
        labels.set(key, (await this.sources.resolve({ type: r.source_type, segmentId: r.segment_id, responseId: r.response_id, questionId: r.question_id })).label);
      }
      return labels.get(key)!;
    };
    const out = [];
    for (const r of rows) {
      out.push({
        id: r.id,
        codeName: r.code_name,
        category: r.category,
        sourceType: r.source_type,
        sourceLabel: await label(r),
        start: r.start_offset,
        end: r.end_offset,
        text: r.text,
        status: r.status,
        coder: r.coder,
        confidence: r.confidence,
        createdAt: new Date(r.created_at).toISOString(),
      });
    }
    return highlightsToCsv(out);
  }
}

import { Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { DomainError, badInput } from '@persona-lab/errors';
import { FeedbackImportService } from './feedback-import.service';
import { FeedbackRepository } from './data/feedback.repository';
import type { FeedbackField, FeedbackKind } from './parse';

const KINDS = new Set(['SUPPORT', 'REVIEW', 'FEEDBACK']);
const FIELDS = new Set(['CONVERSATION_ID', 'TEXT', 'TITLE', 'RATING', 'DATE', 'CUSTOMER', 'AUTHOR_ROLE', 'KIND', 'IGNORE']);

/**
 * `POST /api/studies/:studyId/feedback-imports?kind=SUPPORT&fileName=…&mapping=[…]&sha256=…` with the file
 * as the raw request body (any content type but JSON's, e.g. application/octet-stream), up to 50 MB.
 * The body is read as it arrives; the answer is the finished import (GraphQL `FeedbackImport` shape).
 * With `sha256` (the file's hash, which the web computes), a file the study already has is refused
 * with CONFLICT before the body is read, and the connection is closed rather than drained.
 */
@Controller('api/studies')
export class FeedbackImportController {
  constructor(
    private readonly imports: FeedbackImportService,
    private readonly repo: FeedbackRepository,
  ) {}

  @Access('user')
  @Post(':studyId/feedback-imports')
  @HttpCode(201)
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('studyId') studyId: string,
    @Query('kind') kind: string,
    @Query('fileName') fileName: string,
    @Query('mapping') mapping: string | undefined,
    @Query('sha256') sha256: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!KINDS.has(kind)) throw badInput('Say what the file holds: kind=SUPPORT, REVIEW or FEEDBACK.');
    if ((req as { _body?: boolean })._body || req.is('application/json'))
      throw badInput('Send the file as the raw request body (application/octet-stream or text/csv), not as JSON.');
    let columns: { header: string; field: FeedbackField }[] = [];
    if (mapping) {
      try {
        const parsed: unknown = JSON.parse(mapping);
        if (!Array.isArray(parsed)) throw new Error();
        columns = parsed.map((c: { header?: unknown; field?: unknown }) => {
          if (typeof c?.header !== 'string' || typeof c.field !== 'string' || !FIELDS.has(c.field)) throw new Error();
          return { header: c.header, field: c.field as FeedbackField };
        });
      } catch {
        throw badInput('The column mapping must be a JSON list of { header, field }.');
      }
    }
    const length = Number(req.headers['content-length']);
    try {
      const id = await this.imports.upload(user, {
        studyId,
        kind: kind as FeedbackKind,
        fileName: String(fileName ?? ''),
        mapping: columns,
        bytesTotal: Number.isFinite(length) && length > 0 ? length : null,
        sha256: typeof sha256 === 'string' && sha256 ? sha256 : null,
        body: req,
      });
      return this.repo.importById(id);
    } catch (error) {
      // Refused before or while reading: the rest of a large body is not worth receiving.
      if (error instanceof DomainError && !req.readableEnded) res.setHeader('Connection', 'close');
      throw error;
    }
  }
}

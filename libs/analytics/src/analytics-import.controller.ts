import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import type { AnalyticsMapping } from './csv/mapping';
import { AnalyticsImportService } from './analytics-import.service';
import type { AnalyticsImportRow } from './data/analytics-import.repository';

/**
 * `POST /api/studies/:studyId/analytics-imports?fileName=…&mapping=<JSON>`: the body is the CSV
 * itself (any size: it is streamed, never buffered), for owners and researchers of the study.
 * Answers the finished import (counts) as JSON; progress is on `Study.analyticsImports` meanwhile.
 */
@Controller('api/studies')
export class AnalyticsImportController {
  constructor(private readonly service: AnalyticsImportService) {}

  @Access('user')
  @Post(':studyId/analytics-imports')
  @HttpCode(200)
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('studyId') studyId: string,
    @Query('fileName') fileName: string | undefined,
    @Query('mapping') mappingJson: string | undefined,
    @Req() req: Request,
  ): Promise<{ import: ReturnType<typeof toJson> }> {
    if (req.readableEnded || (req as { _body?: boolean })._body)
      throw badInput('Send the CSV file itself as the body (Content-Type: text/csv).', { field: 'file' });
    let mapping: AnalyticsMapping;
    try {
      mapping = JSON.parse(mappingJson ?? '') as AnalyticsMapping;
    } catch {
      throw badInput('The column mapping is missing or not JSON.', { field: 'mapping' });
    }
    if (!mapping || typeof mapping !== 'object')
      throw badInput('The column mapping is missing or not JSON.', { field: 'mapping' });
    const row = await this.service.importCsv(user, studyId, req, {
      fileName: typeof fileName === 'string' ? fileName : 'analytics.csv',
      mapping,
    });
    return { import: toJson(row) };
  }
}

function toJson(r: AnalyticsImportRow) {
  return {
    id: r.id,
    status: r.status,
    kind: r.kind,
    fileName: r.fileName,
    bytesRead: r.bytesRead,
    rowsRead: r.rowsRead,
    rowsSkipped: r.rowsSkipped,
    events: r.events,
    users: r.users,
    linked: r.linked,
    unlinked: r.users - r.linked,
    features: r.features,
    error: r.error,
  };
}

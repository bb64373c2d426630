import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { CodebookExchangeService } from './codebook-exchange.service';

/** Downloads for signed-in members: the codebook as .qdc or .csv, the highlights as .csv. */
@Controller('api/studies')
export class CodebookExchangeController {
  constructor(private readonly exchange: CodebookExchangeService) {}

  @Access('user')
  @Get(':id/codebook.qdc')
  async qdc(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const body = await this.exchange.export(user, id, 'QDC');
    res.type('application/xml').attachment('codebook.qdc').send(body);
  }

  @Access('user')
  @Get(':id/codebook.csv')
  async csv(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const body = await this.exchange.export(user, id, 'CSV');
    res.type('text/csv').attachment('codebook.csv').send(body);
  }

  @Access('user')
  @Get(':id/highlights.csv')
  async highlights(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const body = await this.exchange.highlightsCsv(user, id);
    res.type('text/csv').attachment('highlights.csv').send(body);
  }
}

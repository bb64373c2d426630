import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response as ExpressResponse } from 'express';
import { Access, CurrentUser, Right, type AuthUser } from '@persona-lab/auth';
import { conflict } from '@persona-lab/errors';
import { personaMarkdown } from './persona-markdown';
import { PersonaService } from './persona.service';

/** Downloads of approved personas for signed-in members. */
@Controller('api/personas')
export class PersonaExportController {
  constructor(private readonly personas: PersonaService) {}

  /** What a client sees, as Markdown; only approved personas leave the app this way. */
  @Access('user')
  @Get(':id.md')
  async markdown(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res() res: ExpressResponse,
  ): Promise<void> {
    await this.personas.requireAccess(user, id, Right.READ);
    const persona = await this.personas.view(id);
    if (persona.status !== 'APPROVED') {
      throw conflict(`Only approved personas can be exported; this one is ${persona.status}.`, {
        status: persona.status,
      });
    }
    const study = await this.personas.study(persona.studyId);
    const file =
      persona.name
        .replace(/[^\w-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase() || 'persona';
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file}.md"`);
    res.send(personaMarkdown(persona, study.name));
  }
}

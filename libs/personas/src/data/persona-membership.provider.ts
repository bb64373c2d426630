import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PersonaMembership, type PersonaRespondents } from '@persona-lab/surveys';
import { PersonaEntity } from './persona.entity';

/**
 * Surveys' `PersonaMembership` port, from `persona.member_ids`: the participants (`p:<id>`) and
 * unlinked responses (`r:<id>`) synthesis put in a persona. Reads only the persona table.
 */
@Injectable()
export class PersonaMembershipProvider implements PersonaMembership {
  constructor(@InjectRepository(PersonaEntity) private readonly repo: Repository<PersonaEntity>) {}

  /** The persona's respondents, or null when it is not a persona of the study. `personaId` must be a UUID. */
  async respondents(personaId: string, studyId: string): Promise<PersonaRespondents | null> {
    const ids = (prefix: 'p' | 'r') =>
      `ARRAY(SELECT substr(m.id, 3) FROM jsonb_array_elements_text(p.member_ids) AS m(id) WHERE m.id ~ '^${prefix}:[0-9a-fA-F-]{36}$')`;
    const [row]: PersonaRespondents[] = await this.repo.query(
      `SELECT ${ids('p')} AS "participantIds", ${ids('r')} AS "responseIds" FROM persona p WHERE p.id = $1 AND p.study_id = $2`,
      [personaId, studyId],
    );
    return row ?? null;
  }
}

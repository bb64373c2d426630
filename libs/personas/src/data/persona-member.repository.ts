import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PersonaEntity } from './persona.entity';

/** Where a page of members starts: after the member with this fit (null = unknown, sorted last) and id. */
export type MemberCursor = [fit: number | null, id: string];

/** One member of a persona on a page, with the count of all its members. */
export interface MemberRow {
  id: string;
  fit: number | null;
  study_id: string;
  total: number;
}

/** A persona's members (`persona.member_ids`, `persona.member_fit`), paged in SQL. */
@Injectable()
export class PersonaMemberRepository {
  constructor(@InjectRepository(PersonaEntity) private readonly repo: Repository<PersonaEntity>) {}

  /** Up to `limit` members after `cursor`, best fit first (unknown fits last), then by id. */
  page(personaId: string, limit: number, cursor: MemberCursor | null): Promise<MemberRow[]> {
    const params: unknown[] = [personaId];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    // Fit descending with unknown fits last, then id: the keyset below follows the same order.
    let keyset = '';
    if (cursor && cursor[0] === null) keyset = `WHERE m.fit IS NULL AND m.id > ${p(cursor[1])}`;
    else if (cursor) {
      const fit = p(cursor[0]);
      keyset = `WHERE (m.fit < ${fit} OR (m.fit = ${fit} AND m.id > ${p(cursor[1])}) OR m.fit IS NULL)`;
    }
    return this.repo.query(
      `WITH m AS (
         SELECT e.id COLLATE "C" AS id, p.study_id, count(*) OVER ()::int AS total,
                CASE WHEN jsonb_typeof(p.member_fit -> e.id) = 'number' THEN (p.member_fit ->> e.id)::float8 END AS fit
           FROM persona p CROSS JOIN LATERAL jsonb_array_elements_text(p.member_ids) AS e(id)
          WHERE p.id = $1)
       SELECT m.id, m.fit, m.study_id, m.total FROM m ${keyset}
        ORDER BY m.fit DESC NULLS LAST, m.id LIMIT ${p(limit)}`,
      params,
    );
  }

  /** How many members the persona has (0 when there is no such persona). */
  async count(personaId: string): Promise<number> {
    const [row] = await this.repo.query(
      'SELECT jsonb_array_length(member_ids)::int AS n FROM persona WHERE id = $1',
      [personaId],
    );
    return row?.n ?? 0;
  }
}

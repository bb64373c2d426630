import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keysetCondition, keysetParams, type TextSearchWindow } from '@persona-lab/db';
import type { PersonaStatus } from '../models/persona.model';
import { PersonaEntity } from './persona.entity';

/** A persona whose current version matches a search. */
export interface PersonaSearchRow {
  /** The persona id (the row key of the search order). */
  key: string;
  rank: number;
  personaId: string;
  studyId: string;
  status: PersonaStatus;
  name: string;
  /** Name, tagline, summary, backstory and trait texts of the current version, joined by " · ". */
  text: string;
}

/**
 * Full-text search over personas: the current (latest) version's name (weight A), tagline (B),
 * summary and backstory (C) and trait texts (D), through `persona_version.search_tsv` and its GIN
 * index. Archived personas are left out. Reads only personas' tables.
 */
@Injectable()
export class PersonaSearchReader {
  constructor(
    @InjectRepository(PersonaEntity) private readonly personas: Repository<PersonaEntity>,
  ) {}

  /** Matching personas of the window's studies, best first. */
  search(w: TextSearchWindow): Promise<PersonaSearchRow[]> {
    if (!w.studyIds.length) return Promise.resolve([]);
    return this.personas.query(
      `SELECT y.key, y.rank, y."personaId", y."studyId", y.status, coalesce(v.content->>'name', '') AS name,
              concat_ws(' · ', nullif(v.content->>'name', ''), nullif(v.content->>'tagline', ''),
                        nullif(v.content->>'summary', ''), nullif(v.content->>'backstory', ''),
                        (SELECT string_agg(t->>'text', ' · ') FROM jsonb_array_elements(
                           CASE jsonb_typeof(v.content->'traits') WHEN 'array' THEN v.content->'traits' ELSE '[]' END) t)) AS text
         FROM (
           SELECT x.* FROM (
             SELECT p.id::text AS key, ts_rank_cd(v.search_tsv, q, 1) AS rank, p.id AS "personaId",
                    p.study_id AS "studyId", p.status, p.latest_version
               FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version,
                    websearch_to_tsquery('english', $2) q
              WHERE v.search_tsv @@ q AND p.study_id = ANY($1::uuid[]) AND p.status <> 'ARCHIVED'
           ) x
           WHERE ${keysetCondition('$3', '$4')}
           ORDER BY x.rank DESC, x.key COLLATE "C" LIMIT $5
         ) y
         JOIN persona_version v ON v.persona_id = y."personaId" AND v.version = y.latest_version
        ORDER BY y.rank DESC, y.key COLLATE "C"`,
      [w.studyIds, w.query, ...keysetParams(w), w.limit],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { SurveyDefinition } from '@persona-lab/survey-logic';
import { SurveyVersionEntity } from './survey-version.entity';

/** One frozen version of a survey. */
export interface FrozenVersion {
  version: number;
  definition: SurveyDefinition;
}

/** The survey_version table: the definitions each publish froze. */
@Injectable()
export class SurveyVersionRepository {
  constructor(
    @InjectRepository(SurveyVersionEntity) private readonly repo: Repository<SurveyVersionEntity>,
  ) {}

  /** One version's definition, or undefined when the survey has no such version. */
  async definition(surveyId: string, version: number): Promise<SurveyDefinition | undefined> {
    const [row] = await this.repo.query(
      'SELECT definition FROM survey_version WHERE survey_id = $1 AND version = $2',
      [surveyId, version],
    );
    return row?.definition;
  }

  /** Every version of the survey, oldest first; `lock` holds them FOR UPDATE for the caller's transaction. */
  all(
    surveyId: string,
    manager: EntityManager = this.repo.manager,
    lock = false,
  ): Promise<FrozenVersion[]> {
    return manager.query(
      `SELECT version, definition FROM survey_version WHERE survey_id = $1 ORDER BY version${lock ? ' FOR UPDATE' : ''}`,
      [surveyId],
    );
  }

  async insert(
    surveyId: string,
    version: number,
    definition: SurveyDefinition,
    manager: EntityManager = this.repo.manager,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO survey_version (survey_id, version, definition) VALUES ($1, $2, $3)',
      [surveyId, version, definition],
    );
  }

  /** Rewrites a frozen version's definition in place (only analysis settings ever change this way). */
  async setDefinition(
    surveyId: string,
    version: number,
    definition: SurveyDefinition,
    manager: EntityManager = this.repo.manager,
  ): Promise<void> {
    await manager.query(
      'UPDATE survey_version SET definition = $3 WHERE survey_id = $1 AND version = $2',
      [surveyId, version, definition],
    );
  }
}

import { Module } from '@nestjs/common';
import { AnswerSearchReader } from './data/answer.search';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResponseReader } from './data/response.reader';
import { SurveyVersionRepository } from './data/survey-version.repository';
import { SurveyReader } from './data/survey.reader';
import { SURVEYS_ENTITIES } from './data/surveys.entities';
import { SurveyVersionStore } from './survey-version.store';

/**
 * The read side of surveys for the libs above it (coding, synthesis, personas): frozen survey
 * versions (one memo per application) and the readers of surveys and responses.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SURVEYS_ENTITIES)],
  providers: [SurveyVersionRepository, SurveyVersionStore, SurveyReader, ResponseReader, AnswerSearchReader],
  exports: [SurveyVersionStore, SurveyReader, ResponseReader, AnswerSearchReader],
})
export class SurveyVersionsModule {}

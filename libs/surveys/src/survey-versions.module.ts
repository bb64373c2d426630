import { Module } from '@nestjs/common';
import { SurveyVersionStore } from './survey-version.store';

/** Frozen survey versions, read by surveys, coding and personas (one memo per application). */
@Module({
  providers: [SurveyVersionStore],
  exports: [SurveyVersionStore],
})
export class SurveyVersionsModule {}

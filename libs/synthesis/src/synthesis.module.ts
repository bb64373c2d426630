import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { CodingReadersModule } from '@persona-lab/coding';
import { AnalyticsReadersModule } from '@persona-lab/analytics';
import { FeedbackReadersModule } from '@persona-lab/feedback';
import { InterviewsModule } from '@persona-lab/interviews';
import { StudiesModule } from '@persona-lab/studies';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { SYNTHESIS_ENTITIES } from './data/synthesis.entities';
import { SynthesisRunRepository } from './data/synthesis-run.repository';
import { StudyParticipantsLoader } from './load-participants';
import { ParticipantDates } from './tracking/participant-dates';
import { PersonaAssignmentResolver } from './tracking/persona-assignment.resolver';
import { PersonaAssignmentService } from './tracking/persona-assignment.service';
import {
  PersonaSynthesisRunResolver,
  StudySynthesisResolver,
  SynthesisResolver,
  SynthesisRunPersonasResolver,
} from './synthesis.resolver';
import {
  STALE_RUN_SECONDS,
  SYNTHESIS_LIMITS,
  SynthesisService,
  type SynthesisLimits,
} from './synthesis.service';

export interface SynthesisModuleOptions {
  staleRunSeconds: number;
  /** Size and time budgets of a run, and its job's expiry. */
  limits: SynthesisLimits;
  /** The app's `JobsModule.forRoot(...)`: a synthesis run is a job. */
  jobs: DynamicModule;
  /** The app's `LlmModule.forRoot(...)`: the model client and the token budget. */
  llm: DynamicModule;
  /** The app's `PersonasModule.forRoot(...)`: the writer of a run's drafts (one instance with the app's). */
  personas: DynamicModule;
}

/** Persona synthesis runs; each hands its drafts to personas. */
@Module({})
export class SynthesisModule {
  static forRoot(options: SynthesisModuleOptions): DynamicModule {
    return {
      module: SynthesisModule,
      imports: [
        TypeOrmModule.forFeature(SYNTHESIS_ENTITIES),
        AuthModule,
        StudiesModule,
        SurveyVersionsModule,
        InterviewsModule,
        CodingReadersModule,
        FeedbackReadersModule,
        AnalyticsReadersModule,
        options.personas,
        options.jobs,
        options.llm,
      ],
      providers: [
        { provide: STALE_RUN_SECONDS, useValue: options.staleRunSeconds },
        { provide: SYNTHESIS_LIMITS, useValue: options.limits },
        SynthesisRunRepository,
        StudyParticipantsLoader,
        SynthesisService,
        SynthesisResolver,
        StudySynthesisResolver,
        SynthesisRunPersonasResolver,
        PersonaSynthesisRunResolver,
        ParticipantDates,
        PersonaAssignmentService,
        PersonaAssignmentResolver,
      ],
      exports: [SynthesisService, PersonaAssignmentService],
    };
  }
}

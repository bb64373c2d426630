import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { InvitationRepository } from './data/invitation.repository';
import { ResponseRepository } from './data/response.repository';
import { ResponseQualityRepository } from './data/response-quality.repository';
import { ResultsRepository } from './data/results.repository';
import { QualityService } from './quality.service';
import { QualityResolver, ResponseQualityResolver, StudyQualityResolver } from './quality.resolver';
import { SurveyVersionRepository } from './data/survey-version.repository';
import { SurveyRepository } from './data/survey.repository';
import { SURVEYS_ENTITIES } from './data/surveys.entities';
import { ResponsesExportController } from './responses-export.controller';
import { ResultsService } from './results.service';
import { LINK_SECRET, ParticipantLinkSigner } from './participant-link';
import { ParticipantLinkResolver } from './participant-link.resolver';
import { PUBLIC_RATE_LIMIT, SubmissionService } from './submission.service';
import { SurveyImportService } from './survey-import.service';
import {
  QuestionResolver,
  QuestionResultResolver,
  ResponseConnectionResolver,
  StudySurveysResolver,
  SurveyResolver,
} from './survey.resolver';
import { SurveyService } from './survey.service';
import { SurveyVersionsModule } from './survey-versions.module';
import { InvitationMailResolver } from './invitations/invitation-mail.resolver';
import { InvitationMailService, SURVEYS_PUBLIC_URL } from './invitations/invitation-mail.service';

export interface SurveysModuleOptions {
  publicRequestsPerMinute: number;
  /** The server secret participant links are signed with (config `LINK_SECRET`). */
  linkSecret: string;
  /** The app's `LlmModule.forRoot(...)`: question understanding at import may use the model. */
  llm: DynamicModule;
  /**
   * A module that exports `PersonaMembership` (the personas lib's `PersonaMembershipModule`), for
   * the results and exports' persona filter. Without it, a persona filter fails with an error
   * that says so; everything else works.
   */
  personaMembership?: Type | DynamicModule;
  /** The app's `MailModule.forRoot(...)`: invitation and reminder mails go through its outbox. */
  mail: DynamicModule;
  /** The app's `CustomerKeysModule.forRoot(...)`: a hidden `customer_id` links a response to a participant. */
  customerKeys?: DynamicModule;
  /** The app's `JobsModule.forRoot(...)`: the reminder sweep is a pg-boss schedule. */
  jobs: DynamicModule;
  /** Where users reach the web app (config PUBLIC_URL): the base of the links in mails. */
  publicUrl: string;
}

/** Surveys, versions, invitations, responses, results, import and export. */
@Module({})
export class SurveysModule {
  static forRoot(options: SurveysModuleOptions): DynamicModule {
    return {
      module: SurveysModule,
      imports: [
        TypeOrmModule.forFeature(SURVEYS_ENTITIES),
        AuthModule,
        StudiesModule,
        SurveyVersionsModule,
        options.llm,
        options.mail,
        options.jobs,
        ...(options.personaMembership ? [options.personaMembership] : []),
        ...(options.customerKeys ? [options.customerKeys] : []),
      ],
      providers: [
        { provide: PUBLIC_RATE_LIMIT, useValue: options.publicRequestsPerMinute },
        { provide: LINK_SECRET, useValue: options.linkSecret },
        { provide: SURVEYS_PUBLIC_URL, useValue: options.publicUrl.replace(/\/+$/, '') },
        InvitationMailService,
        InvitationMailResolver,
        ParticipantLinkSigner,
        ParticipantLinkResolver,
        SurveyRepository,
        SurveyVersionRepository,
        InvitationRepository,
        ResponseRepository,
        ResultsRepository,
        ResponseQualityRepository,
        QualityService,
        QualityResolver,
        ResponseQualityResolver,
        StudyQualityResolver,
        SurveyService,
        SubmissionService,
        ResultsService,
        SurveyImportService,
        SurveyResolver,
        QuestionResultResolver,
        QuestionResolver,
        ResponseConnectionResolver,
        StudySurveysResolver,
      ],
      controllers: [ResponsesExportController],
      exports: [SurveyVersionsModule],
    };
  }
}

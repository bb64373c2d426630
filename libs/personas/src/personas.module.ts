import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { SourceTextModule } from '@persona-lab/coding';
import { InterviewsModule } from '@persona-lab/interviews';
import { StudiesModule } from '@persona-lab/studies';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { AuditEventRepository } from './data/audit-event.repository';
import { PersonaAssignmentRepository } from './data/persona-assignment.repository';
import { PersonaMemberRepository } from './data/persona-member.repository';
import { PersonaRepository } from './data/persona.repository';
import { PERSONAS_ENTITIES } from './data/personas.entities';
import { ReviewRepository } from './data/review.repository';
import { PersonaExportController } from './persona-export.controller';
import { PersonaDraftService } from './persona-draft.service';
import { ReviewSettingsResolver, StudyPersonasResolver } from './persona-links.resolver';
import { PersonaMembersResolver } from './persona-members.resolver';
import { PersonaMembersService } from './persona-members.service';
import { PersonaWorkflowService } from './persona-workflow.service';
import { PersonaResolver } from './persona.resolver';
import { PersonaService } from './persona.service';
import { PersonaTrackingResolver } from './persona-tracking.resolver';
import { PersonaTrackingService } from './persona-tracking.service';
import { ReviewHistoryService } from './review-history.service';
import { ReviewQueueService } from './review-queue.service';
import { TraitEvidenceChecker } from './trait-evidence';

export interface PersonasModuleOptions {
  /** The app's `NotificationsModule.forRoot(...)`: review and synthesis events notify people in their transaction. */
  notifications: DynamicModule;
}

/** Personas, their versions, the writer of synthesized drafts, the review workflow, comments and the audit trail. */
@Module({
  imports: [
    TypeOrmModule.forFeature(PERSONAS_ENTITIES),
    AuthModule,
    StudiesModule,
    SurveyVersionsModule,
    InterviewsModule,
    SourceTextModule,
  ],
  providers: [
    PersonaRepository,
    PersonaMemberRepository,
    ReviewRepository,
    AuditEventRepository,
    TraitEvidenceChecker,
    PersonaService,
    PersonaDraftService,
    PersonaWorkflowService,
    PersonaResolver,
    ReviewQueueService,
    ReviewHistoryService,
    PersonaMembersService,
    PersonaMembersResolver,
    StudyPersonasResolver,
    ReviewSettingsResolver,
    PersonaAssignmentRepository,
    PersonaTrackingService,
    PersonaTrackingResolver,
  ],
  controllers: [PersonaExportController],
  exports: [PersonaService, PersonaDraftService, PersonaAssignmentRepository],
})
export class PersonasModule {
  /** The module with the app's notifications writer; pass the same instance to SynthesisModule. */
  static forRoot(options: PersonasModuleOptions): DynamicModule {
    return { module: PersonasModule, imports: [options.notifications] };
  }
}

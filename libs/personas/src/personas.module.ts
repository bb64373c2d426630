import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { SourceTextModule } from '@persona-lab/coding';
import { StudiesModule } from '@persona-lab/studies';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { PersonaExportController } from './persona-export.controller';
import {
  ReviewSettingsResolver,
  StudyPersonasResolver,
  SynthesisRunPersonasResolver,
} from './persona-links.resolver';
import { PersonaMembersResolver } from './persona-members.resolver';
import { PersonaMembersService } from './persona-members.service';
import { PersonaWorkflowService } from './persona-workflow.service';
import { PersonaResolver } from './persona.resolver';
import { PersonaService } from './persona.service';
import { TraitEvidenceChecker } from './trait-evidence';

export interface PersonasModuleOptions {
  /** The app's `SynthesisModule.forRoot(...)`: a persona shows the run that wrote it. */
  synthesis: DynamicModule;
}

/** Personas, their versions, the review workflow, comments and the audit trail. */
@Module({})
export class PersonasModule {
  static forRoot(options: PersonasModuleOptions): DynamicModule {
    return {
      module: PersonasModule,
      imports: [AuthModule, StudiesModule, SurveyVersionsModule, SourceTextModule, options.synthesis],
      providers: [
        TraitEvidenceChecker,
        PersonaService,
        PersonaWorkflowService,
        PersonaResolver,
        PersonaMembersService,
        PersonaMembersResolver,
        StudyPersonasResolver,
        SynthesisRunPersonasResolver,
        ReviewSettingsResolver,
      ],
      controllers: [PersonaExportController],
      exports: [PersonaService],
    };
  }
}

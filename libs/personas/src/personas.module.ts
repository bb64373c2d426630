import { Module } from '@nestjs/common';
import { StudiesModule } from '@persona-lab/studies';
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

/** Personas, their versions, the review workflow, comments and the audit trail. */
@Module({
  imports: [StudiesModule],
  // SourceTextService comes from the global CodingModule.
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
})
export class PersonasModule {}

export { PersonasModule, type PersonasModuleOptions } from './personas.module';
export { PersonaService } from './persona.service';
export { PersonaWorkflowService } from './persona-workflow.service';
export { PersonaMember, PersonaMemberConnection, PersonaMemberResponse } from './models/persona-member.model';
export {
  Persona,
  PersonaTrait,
  PersonaVersionView,
  Evidence,
  PersonaStatusEnum,
  TraitKindEnum,
  type PersonaStatus,
  type TraitKind,
} from './models/persona.model';
export {
  Review,
  AuditEvent,
  PersonaComment,
  FieldChange,
  ReviewDecisionEnum,
  type ReviewDecision,
} from './models/review.model';
export { diffContent } from './persona-diff';
export { personaMarkdown } from './persona-markdown';

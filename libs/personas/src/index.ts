export { PersonasModule } from './personas.module';
export { PersonaMembershipModule } from './persona-membership.module';
export { PersonaSharesModule } from './persona-shares.module';
export { SHARE_GONE, type PersonaShareOptions } from './persona-share.service';
export { PERSONAS_ENTITIES } from './data/personas.entities';
export { PersonaService } from './persona.service';
export { PersonaSearchReader, type PersonaSearchRow } from './data/persona.search';
export { PersonaSearchModule } from './persona-search.module';
export { PersonaWorkflowService } from './persona-workflow.service';
export {
  PersonaDraftService,
  jaccard,
  matchSegments,
  type DraftPersona,
  type WriteContext,
  type WriteSummary,
} from './persona-draft.service';
export {
  sameContent,
  type PersonaContent,
  type SourceRef,
  type StoredEvidence,
  type StoredTrait,
} from './persona-content';
export {
  PersonaMember,
  PersonaMemberConnection,
  PersonaMemberResponse,
} from './models/persona-member.model';
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
export { smallSegmentOf } from './small-segment';
export { personaMarkdown } from './persona-markdown';
export {
  PersonaAssignmentRepository,
  type AssignmentRow,
  type RunPersonaMembers,
} from './data/persona-assignment.repository';
export {
  personaDrift,
  MIN_NEWCOMERS,
  SHARE_POINTS,
  SHARE_RELATIVE,
  TRAIT_POINTS,
  type PersonaDrift as PersonaDriftResult,
} from './persona-drift';

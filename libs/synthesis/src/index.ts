export { SynthesisModule, type SynthesisModuleOptions } from './synthesis.module';
export { SynthesisService, SYNTHESIS_JOB } from './synthesis.service';
export { liveEngineWorkers } from './run-engine';
export { SynthesisRun, SynthesisQuality, StartSynthesisInput } from './models/synthesis-run.model';
export { SYNTHESIS_ENTITIES } from './data/synthesis.entities';
export { StudyParticipantsLoader, type LoadedStudy } from './load-participants';
export {
  PersonaAssignmentService,
  ASSIGN_JOB,
  personaOfSegments,
  type AssignmentSummary,
} from './tracking/persona-assignment.service';

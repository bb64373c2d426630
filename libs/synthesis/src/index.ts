export { SynthesisModule, type SynthesisModuleOptions } from './synthesis.module';
export { SynthesisService, SYNTHESIS_JOB } from './synthesis.service';
export { SynthesisRun, SynthesisQuality, StartSynthesisInput } from './models/synthesis-run.model';
export { sameContent, type PersonaContent, type StoredEvidence, type StoredTrait } from './persona-content';
export { writeRunPersonas, matchSegments, jaccard } from './persona-writer';
export { loadStudyParticipants } from './load-participants';

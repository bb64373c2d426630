import { SynthesisRunEntity } from './synthesis-run.entity';

/** The table synthesis owns: synthesis_run. */
export const SYNTHESIS_ENTITIES = [SynthesisRunEntity];

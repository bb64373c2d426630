import { ParticipantEntity } from './participant.entity';
import { StudyEntity } from './study.entity';

/** The tables studies owns: study, participant. */
export const STUDIES_ENTITIES = [StudyEntity, ParticipantEntity];

import { ParticipantEntity } from './participant.entity';
import { ParticipantKeyEntity } from './participant-key.entity';
import { StudyEntity } from './study.entity';

/** The tables studies owns: study, participant, participant_key. */
export const STUDIES_ENTITIES = [StudyEntity, ParticipantEntity, ParticipantKeyEntity];

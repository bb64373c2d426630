import { InterviewEntity } from './interview.entity';
import { TranscriptSegmentEntity } from './transcript-segment.entity';

/** The tables libs/interviews owns: `interview` and `transcript_segment`. */
export const INTERVIEWS_ENTITIES = [InterviewEntity, TranscriptSegmentEntity];

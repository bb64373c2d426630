export { InterviewsApiModule, InterviewsModule, type InterviewsApiModuleOptions } from './interviews.module';
export { InterviewService } from './interview.service';
export { INTERVIEWS_ENTITIES } from './data/interviews.entities';
export { InterviewReader, type InterviewSummary } from './data/interview.reader';
export {
  TranscriptReader,
  type ParticipantTurn,
  type SegmentSource,
  type SegmentOfInterview,
} from './data/transcript.reader';
export { TranscriptSearchReader, type TranscriptSearchRow } from './data/transcript.search';
export { Interview, TranscriptSegment } from './models/interview.model';
export * from './parsers';

export { InterviewsModule } from './interviews.module';
export { ParticipantService } from './participant.service';
export { InterviewService } from './interview.service';
export { Interview, Participant, TranscriptSegment } from './models/interview.model';
export * from './parsers';

export { InterviewsModule } from './interviews.module';
export { InterviewService } from './interview.service';
export { Interview, TranscriptSegment } from './models/interview.model';
export * from './parsers';

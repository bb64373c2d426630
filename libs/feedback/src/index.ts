export { FEEDBACK_ENTITIES } from './data/feedback.entities';
export { FeedbackReader, type FeedbackMessageRow } from './data/feedback.reader';
export { FeedbackReadersModule } from './feedback-readers.module';
export { FeedbackModule } from './feedback.module';
export { MAX_UPLOAD_BYTES } from './feedback-import.service';
export * from './parse';
export { FeedbackSearchReader, type FeedbackSearchRow } from './data/feedback.search';
export { FeedbackSearchModule } from './feedback-search.module';

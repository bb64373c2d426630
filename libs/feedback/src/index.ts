export { FEEDBACK_ENTITIES } from './data/feedback.entities';
export { FeedbackReader, type FeedbackMessageRow } from './data/feedback.reader';
export { FeedbackReadersModule } from './feedback-readers.module';

import { FeedbackConversationEntity } from './feedback-conversation.entity';
import { FeedbackImportEntity } from './feedback-import.entity';
import { FeedbackMessageEntity } from './feedback-message.entity';

/** The tables libs/feedback owns: feedback_import, feedback_conversation, feedback_message. */
export const FEEDBACK_ENTITIES = [FeedbackImportEntity, FeedbackConversationEntity, FeedbackMessageEntity];

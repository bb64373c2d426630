import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FEEDBACK_ENTITIES } from './data/feedback.entities';
import { FeedbackSearchReader } from './data/feedback.search';

/** Full-text search over feedback messages, for `@persona-lab/search`. */
@Module({
  imports: [TypeOrmModule.forFeature(FEEDBACK_ENTITIES)],
  providers: [FeedbackSearchReader],
  exports: [FeedbackSearchReader],
})
export class FeedbackSearchModule {}

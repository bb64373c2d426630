import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FEEDBACK_ENTITIES } from './data/feedback.entities';
import { FeedbackReader } from './data/feedback.reader';

/** The feedback readers alone, for the libs above feedback (coding, synthesis, search, personas). */
@Module({
  imports: [TypeOrmModule.forFeature(FEEDBACK_ENTITIES)],
  providers: [FeedbackReader],
  exports: [FeedbackReader],
})
export class FeedbackReadersModule {}

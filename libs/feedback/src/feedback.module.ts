import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { FEEDBACK_ENTITIES } from './data/feedback.entities';
import { FeedbackReader } from './data/feedback.reader';
import { FeedbackRepository } from './data/feedback.repository';
import { FeedbackImportController } from './feedback-import.controller';
import { FeedbackImportService } from './feedback-import.service';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';

/**
 * Feedback sources: the upload controller, GraphQL (imports, conversations, preview, delete) and
 * the reader. `customerKeys` is the app's `CustomerKeysModule.forRoot(...)` instance.
 */
@Module({})
export class FeedbackModule {
  static forRoot(options: { customerKeys: DynamicModule }): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [TypeOrmModule.forFeature(FEEDBACK_ENTITIES), AuthModule, StudiesModule, options.customerKeys],
      controllers: [FeedbackImportController],
      providers: [FeedbackRepository, FeedbackReader, FeedbackImportService, FeedbackService, FeedbackResolver],
      exports: [FeedbackReader],
    };
  }
}

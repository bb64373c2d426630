import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { InterviewCustomerLinker } from './interview-customer.linker';
import { InterviewResolver, StudyInterviewsResolver } from './interview.resolver';
import { InterviewService } from './interview.service';
import { InterviewRepository } from './data/interview.repository';
import { InterviewReader } from './data/interview.reader';
import { INTERVIEWS_ENTITIES } from './data/interviews.entities';
import { TranscriptReader } from './data/transcript.reader';
import { TranscriptSearchReader } from './data/transcript.search';

/**
 * Transcripts and their segments: the service and readers, the fixed module coding, search,
 * synthesis and personas import. Its GraphQL surface is `InterviewsApiModule`.
 */
@Module({
  imports: [TypeOrmModule.forFeature(INTERVIEWS_ENTITIES), AuthModule, StudiesModule],
  providers: [InterviewRepository, InterviewReader, TranscriptReader, TranscriptSearchReader, InterviewService],
  exports: [InterviewService, InterviewReader, TranscriptReader, TranscriptSearchReader],
})
export class InterviewsModule {}

/** What the app hands `InterviewsApiModule.forRoot`. */
export interface InterviewsApiModuleOptions {
  /** The app's one `CustomerKeysModule.forRoot(...)`: an interview's customer id links it to a participant. */
  customerKeys: DynamicModule;
}

/**
 * The interviews' GraphQL surface (`interview`, `importTranscript`, `setInterviewCustomer`,
 * `Study.interviews`) and the customer linker, which needs the app's customer keys: the app
 * imports it once, while other libs import the fixed `InterviewsModule`.
 */
@Module({})
export class InterviewsApiModule {
  static forRoot(options: InterviewsApiModuleOptions): DynamicModule {
    return {
      module: InterviewsApiModule,
      imports: [InterviewsModule, AuthModule, StudiesModule, options.customerKeys],
      providers: [InterviewCustomerLinker, InterviewResolver, StudyInterviewsResolver],
    };
  }
}

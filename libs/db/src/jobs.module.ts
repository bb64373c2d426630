import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { JobQueue, type JobQueueOptions } from './job-queue';

@Injectable()
class JobQueueLifecycle implements OnApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}
  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}

/**
 * The started pg-boss queue, stopped on shutdown. The app calls forRoot once and hands the
 * same module to every module that runs jobs, so there is one queue per application.
 */
@Module({})
export class JobsModule {
  static forRoot(options: JobQueueOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        {
          provide: JobQueue,
          useFactory: async () => {
            const queue = new JobQueue(options);
            await queue.start();
            return queue;
          },
        },
        JobQueueLifecycle,
      ],
      exports: [JobQueue],
    };
  }
}

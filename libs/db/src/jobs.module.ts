import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { JobQueue, type JobQueueOptions } from './job-queue';

@Injectable()
class JobQueueLifecycle implements OnApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}
  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}

/** Provides the started pg-boss queue to every domain module and stops it on shutdown. */
@Global()
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

import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { AnalyticsImportController } from './analytics-import.controller';
import { AnalyticsImportService } from './analytics-import.service';
import {
  AnalyticsImportResolver,
  ParticipantBehaviourResolver,
  StudyAnalyticsResolver,
} from './analytics.resolver';
import { ANALYTICS_ENTITIES } from './data/analytics.entities';
import { AnalyticsImportRepository } from './data/analytics-import.repository';
import { AnalyticsReader } from './data/analytics.reader';

/** The analytics reader alone, for the libs above analytics (synthesis, personas' evidence). */
@Module({
  imports: [TypeOrmModule.forFeature(ANALYTICS_ENTITIES)],
  providers: [AnalyticsReader],
  exports: [AnalyticsReader],
})
export class AnalyticsReadersModule {}

/** Product analytics: imports (HTTP upload, GraphQL progress and preview), behaviour summaries. */
@Module({})
export class AnalyticsModule {
  /** `customerKeys`: the app's one `CustomerKeysModule.forRoot(...)` instance (hashing and linking). */
  static forRoot(options: { customerKeys: DynamicModule }): DynamicModule {
    return {
      module: AnalyticsModule,
      imports: [
        TypeOrmModule.forFeature(ANALYTICS_ENTITIES),
        AuthModule,
        StudiesModule,
        options.customerKeys,
        AnalyticsReadersModule,
      ],
      controllers: [AnalyticsImportController],
      providers: [
        AnalyticsImportRepository,
        AnalyticsImportService,
        AnalyticsImportResolver,
        StudyAnalyticsResolver,
        ParticipantBehaviourResolver,
      ],
      exports: [AnalyticsReadersModule],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { StudySynthesisResolver, SynthesisResolver } from './synthesis.resolver';
import { STALE_RUN_SECONDS, SynthesisService } from './synthesis.service';

export interface SynthesisModuleOptions {
  staleRunSeconds: number;
  /** The app's `JobsModule.forRoot(...)`: a synthesis run is a job. */
  jobs: DynamicModule;
  /** The app's `LlmModule.forRoot(...)`: the model client and the token budget. */
  llm: DynamicModule;
}

/** Persona synthesis runs. */
@Module({})
export class SynthesisModule {
  static forRoot(options: SynthesisModuleOptions): DynamicModule {
    return {
      module: SynthesisModule,
      imports: [AuthModule, options.jobs, options.llm],
      providers: [{ provide: STALE_RUN_SECONDS, useValue: options.staleRunSeconds }, SynthesisService, SynthesisResolver, StudySynthesisResolver],
      // Personas show the run that wrote them through it.
      exports: [SynthesisService],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { StudySynthesisResolver, SynthesisResolver } from './synthesis.resolver';
import { STALE_RUN_SECONDS, SynthesisService } from './synthesis.service';

/** Persona synthesis runs. */
@Module({})
export class SynthesisModule {
  static forRoot(options: { staleRunSeconds: number }): DynamicModule {
    return {
      module: SynthesisModule,
      // Personas show the run that wrote them through it.
      global: true,
      providers: [{ provide: STALE_RUN_SECONDS, useValue: options.staleRunSeconds }, SynthesisService, SynthesisResolver, StudySynthesisResolver],
      exports: [SynthesisService],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { PersonaRepository } from './data/persona.repository';
import { PersonaShareRepository } from './data/persona-share.repository';
import { PERSONAS_ENTITIES } from './data/personas.entities';
import { PersonaShareResolver } from './persona-share.resolver';
import {
  PERSONA_SHARE_OPTIONS,
  PersonaShareService,
  type PersonaShareOptions,
} from './persona-share.service';

/**
 * Share links to approved personas (table `persona_share`). Apart from `PersonasModule` so the app
 * can hand it `PUBLIC_URL` and the public request budget: `PersonaSharesModule.forRoot({...})`.
 */
@Module({})
export class PersonaSharesModule {
  static forRoot(options: PersonaShareOptions): DynamicModule {
    return {
      module: PersonaSharesModule,
      imports: [TypeOrmModule.forFeature(PERSONAS_ENTITIES), AuthModule, StudiesModule],
      providers: [
        { provide: PERSONA_SHARE_OPTIONS, useValue: options },
        PersonaRepository,
        PersonaShareRepository,
        PersonaShareService,
        PersonaShareResolver,
      ],
    };
  }
}

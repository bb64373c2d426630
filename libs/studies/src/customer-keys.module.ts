import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CUSTOMER_KEY_SECRET } from './customer-key-secret';
import { STUDIES_ENTITIES } from './data/studies.entities';
import { ParticipantKeyService } from './data/participant-key.service';

/**
 * Customer identity (`ParticipantKeyService` and the `CUSTOMER_KEY_SECRET` it hashes with). The app
 * builds it once with its secret and hands the same instance to every module that links customers
 * (feedback, surveys, interviews, analytics): `XModule.forRoot({ ..., customerKeys })`.
 */
@Module({})
export class CustomerKeysModule {
  static forRoot(options: { secret: string }): DynamicModule {
    return {
      module: CustomerKeysModule,
      imports: [TypeOrmModule.forFeature(STUDIES_ENTITIES)],
      providers: [{ provide: CUSTOMER_KEY_SECRET, useValue: options.secret }, ParticipantKeyService],
      exports: [CUSTOMER_KEY_SECRET, ParticipantKeyService],
    };
  }
}

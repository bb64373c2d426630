import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonaSearchReader } from './data/persona.search';
import { PersonaEntity } from './data/persona.entity';

/** Personas' search reader for `@persona-lab/search`, without the rest of the personas module. */
@Module({
  imports: [TypeOrmModule.forFeature([PersonaEntity])],
  providers: [PersonaSearchReader],
  exports: [PersonaSearchReader],
})
export class PersonaSearchModule {}

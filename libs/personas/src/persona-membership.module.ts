import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonaMembership } from '@persona-lab/surveys';
import { PersonaMembershipProvider } from './data/persona-membership.provider';
import { PersonaEntity } from './data/persona.entity';

/**
 * Provides surveys' `PersonaMembership` port (the results and exports' persona filter). The app
 * hands this module to `SurveysModule.forRoot({ personaMembership })`: surveys sit below personas,
 * so they cannot import it themselves, and this module needs nothing but the persona table, so
 * surveys do not pull in the rest of personas.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PersonaEntity])],
  providers: [
    PersonaMembershipProvider,
    { provide: PersonaMembership, useExisting: PersonaMembershipProvider },
  ],
  exports: [PersonaMembership],
})
export class PersonaMembershipModule {}

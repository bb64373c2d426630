import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Persona } from './models/persona.model';
import { PersonaDrift, PersonaShareMonth } from './models/persona-tracking.model';
import { PersonaTrackingService } from './persona-tracking.service';

/** Personas over time; the persona was reached through a check of the caller's access, as its other fields. */
@Resolver(() => Persona)
export class PersonaTrackingResolver {
  constructor(private readonly tracking: PersonaTrackingService) {}

  @ResolveField(() => [PersonaShareMonth], {
    description:
      "This persona's share by month: its run members and the people assigned to it later, counted by the month of their data, against everybody recorded for its run that month. Empty until the assignment has run (assignNewParticipants).",
  })
  shareByMonth(@Parent() persona: Persona, @Context() ctx: object): Promise<PersonaShareMonth[]> {
    return this.tracking.shareByMonth(ctx, persona.id);
  }

  @ResolveField(() => PersonaDrift, {
    nullable: true,
    description:
      'How the persona has moved since its approved version was approved (share of newcomers, top traits among those placed in it), with a notice in words; null while nothing is approved.',
  })
  drift(@Parent() persona: Persona, @Context() ctx: object): Promise<PersonaDrift | null> {
    return this.tracking.drift(ctx, persona.id);
  }
}

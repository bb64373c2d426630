import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Persona } from './models/persona.model';
import { PersonaMemberConnection } from './models/persona-member.model';
import { PersonaMembersService } from './persona-members.service';

/** A persona's members; the persona was reached through a check of the caller's access, as its other fields. */
@Resolver(() => Persona)
export class PersonaMembersResolver {
  constructor(private readonly memberService: PersonaMembersService) {}

  @ResolveField(() => PersonaMemberConnection, {
    description:
      'The people synthesis put in this persona, best fit first (then by id), a page at a time.',
  })
  members(
    @Parent() persona: Persona,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 50,
      description: 'Page size, 1 to 500.',
    })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The endCursor of the previous page.',
    })
    after: string | null,
  ): Promise<PersonaMemberConnection> {
    return this.memberService.page(persona.id, first, after);
  }
}

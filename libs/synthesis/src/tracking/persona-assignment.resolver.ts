import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { PersonaAssignmentSummary } from './persona-assignment.model';
import { PersonaAssignmentService } from './persona-assignment.service';

@Resolver(() => PersonaAssignmentSummary)
export class PersonaAssignmentResolver {
  constructor(private readonly assignments: PersonaAssignmentService) {}

  @Access('user')
  @Mutation(() => PersonaAssignmentSummary, {
    description:
      "Places the study's participants who are not members of its current personas (new responses, interviews, feedback) in those personas now (OWNER, RESEARCHER). It also runs by itself every 15 minutes and after each synthesis; running it again never duplicates.",
  })
  assignNewParticipants(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
  ): Promise<PersonaAssignmentSummary> {
    return this.assignments.assignNow(user, studyId);
  }
}

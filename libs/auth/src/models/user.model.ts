import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../roles';

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Sign-in email address.' }) email!: string;
  @Field(() => String, { description: 'Display name.' }) name!: string;
}

@ObjectType({ description: 'A signed-in session.' })
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header.' })
  token!: string;
  @Field(() => String, {
    description:
      'Keep it on this client and send it with the next `logIn` to this account: it proves this client signed in before, so guesses by others never lock it out. Not a session: it signs nobody in.',
  })
  deviceToken!: string;
  @Field(() => User, { description: 'The signed-in user.' }) user!: User;
}

@ObjectType({ description: "A user's role in a workspace." })
export class Membership {
  @Field(() => User, { description: 'The member.' }) user!: User;
  @Field(() => Role, { description: 'What the member may do.' }) role!: Role;
  @Field(() => String, {
    nullable: true,
    description:
      "Only in `addMember`'s answer, and only when email is off on this server (`emailEnabled` is false): the invitation link to hand to the invitee yourself. Null otherwise, and when the address belongs to a member already.",
  })
  invitationLink?: string | null;
}

@ObjectType({
  description: 'A team space that holds studies; everything inside is visible to its members only.',
})
export class Workspace {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Workspace name.' }) name!: string;
  @Field(() => Role, { nullable: true, description: "The caller's role in this workspace." })
  myRole?: Role;
  @Field(() => Boolean, {
    description: 'Whether an OWNER may approve a persona version they edited themselves.',
  })
  allowSelfApproval!: boolean;
}

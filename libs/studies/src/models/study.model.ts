import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A research project: its surveys, interviews, codebook and personas.' })
export class Study {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Study name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'What the study is about.' })
  description!: string | null;
  /** Used by field resolvers; not exposed directly. */
  workspaceId!: string;
}

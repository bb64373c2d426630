import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "What one pass of assigning a study's newcomers to its personas did." })
export class PersonaAssignmentSummary {
  @Field(() => ID, { nullable: true, description: 'The run whose personas were used; null when no run of the study keeps a segment model.' })
  runId!: string | null;
  @Field(() => Int, { description: 'Participants recorded by this pass (run members and newcomers seen for the first time).' })
  recorded!: number;
  @Field(() => Int, { description: 'Newcomers this pass placed in a persona.' }) assigned!: number;
  @Field(() => Int, { description: 'Newcomers this pass left unassigned (too few answers in common, between personas, or like nobody).' })
  unassigned!: number;
  @Field(() => Int, { description: 'Newcomers recorded against the run in all.' }) newcomers!: number;
}

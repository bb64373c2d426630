import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '@persona-lab/auth';

@ObjectType({
  description:
    'A pseudonymous person in a study; the same label links their interview and survey answers.',
})
export class Participant {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Pseudonym, e.g. P3.' }) label!: string;
  @Field(() => JSONScalar, { nullable: true, description: 'Free-form attributes.' })
  attributes!: unknown;
}

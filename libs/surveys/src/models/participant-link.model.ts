import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A signed link that attaches its responses to one participant of the study (a researcher shares it with that person).',
})
export class ParticipantLink {
  @Field(() => String, { description: 'The participant label the link names (trimmed).' })
  label!: string;
  @Field(() => String, {
    description: 'The signature, sent as the `participant_sig` hidden field next to `participant`.',
  })
  signature!: string;
  @Field(() => String, {
    description:
      'The respondent path, /s/<slug>?participant=<label>&participant_sig=<signature>; prefix it with the app origin.',
  })
  path!: string;
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Participant } from '@persona-lab/studies';

@ObjectType({
  description:
    "One of a persona member's survey responses, with the survey it answers (for links).",
})
export class PersonaMemberResponse {
  @Field(() => ID, { description: 'The response.' }) id!: string;
  @Field(() => ID, { description: 'The survey it answers.' }) surveyId!: string;
  @Field(() => String, { description: "The survey's title." }) surveyTitle!: string;
  @Field(() => Date, { description: 'When it was last saved or submitted.' }) submittedAt!: Date;
}

@ObjectType({
  description:
    'One person synthesis put in a persona: a participant (who may have both answered surveys and sat interviews), an unlinked survey respondent, or an interview without a participant.',
})
export class PersonaMember {
  @Field(() => ID, {
    description:
      "Synthesis's id of the member: `p:<participant id>`, `r:<response id>` (an unlinked respondent) or `i:<interview id>` (an interview without a participant) or `c:<conversation id>` (a feedback conversation without a participant).",
  })
  id!: string;
  @Field(() => String, {
    description:
      'The participant\'s label, the interview\'s title, or "Respondent" and the start of the response id.',
  })
  label!: string;
  @Field(() => Participant, {
    nullable: true,
    description:
      'The participant, when the member is one (null for unlinked respondents and interviews).',
  })
  participant!: Participant | null;
  @Field(() => [ID], {
    description: "The member's survey responses in the persona's study, oldest first.",
  })
  responseIds!: string[];
  @Field(() => [PersonaMemberResponse], {
    description: 'The same responses as `responseIds`, with their surveys.',
  })
  responses!: PersonaMemberResponse[];
  @Field(() => [ID], {
    description: "The member's interviews in the persona's study, oldest first.",
  })
  interviewIds!: string[];
  @Field(() => Float, {
    nullable: true,
    description: 'How well the member fits the persona, 0 to 1; null when synthesis did not say.',
  })
  fit!: number | null;
}

@ObjectType({ description: "A page of a persona's members, best fit first (then by id)." })
export class PersonaMemberConnection {
  @Field(() => Int, { description: 'Members of the persona in all.' }) totalCount!: number;
  @Field(() => [PersonaMember], { description: 'This page.' }) nodes!: PersonaMember[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  endCursor!: string | null;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Highlight } from './coding.model';

@ObjectType({
  description: 'Where a highlight sits, in words and as the ids that open its passage.',
})
export class HighlightPlace {
  @Field(() => String, {
    description:
      'Where it is, in words: "<interview title>, turn N" or "<survey title>: “<question>”".',
  })
  label!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The interview of a transcript segment (its reader is /interviews/<id>?segment=<segmentId>).',
  })
  interviewId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The survey of a survey answer.' })
  surveyId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who spoke (transcript segments) or wrote (feedback: Customer or Agent).',
  })
  speaker!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The feedback conversation of a message (its page is /studies/<studyId>/feedback/<conversationId>#m-<messageId>).',
  })
  conversationId!: string | null;
}

@ObjectType({ description: "One page of a code's highlights (suggested and accepted)." })
export class CodeHighlightPage {
  @Field(() => Int, { description: 'Suggested and accepted highlights of the code in all.' })
  totalCount!: number;

  @Field(() => [Highlight], { description: 'This page, oldest first.' })
  nodes!: Highlight[];
}

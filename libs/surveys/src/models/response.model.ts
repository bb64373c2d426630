import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '@persona-lab/auth';
import type { ResponseScope } from '../data/response-scope';

@ObjectType({ description: 'The outcome of a submission.' })
export class SubmitResponsePayload {
  @Field(() => ID, {
    description: 'The stored response (the same for every retry of one clientResponseId).',
  })
  responseId!: string;
  @Field(() => Boolean, { description: 'Whether the response is complete.' }) complete!: boolean;
}

@ObjectType({ description: 'One answer of a response.' })
export class Answer {
  @Field(() => ID, { description: 'The question answered.' }) questionId!: string;
  @Field(() => JSONScalar, { description: 'The value as submitted.' }) value!: unknown;
}

@ObjectType({ description: "One respondent's answers." })
export class Response {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => Int, { description: 'The survey version it answered.' }) surveyVersion!: number;
  @Field(() => Boolean, { description: 'False while the respondent has only saved part of it.' })
  complete!: boolean;
  @Field(() => Date, { description: 'When it was last saved or submitted.' }) submittedAt!: Date;
  @Field(() => [Answer], { description: 'Answers in question order.' }) answers!: Answer[];
  @Field(() => JSONScalar, {
    nullable: true,
    description: "Values carried in the link's query string.",
  })
  hiddenFields!: unknown;
}

@ObjectType({ description: 'A page of responses, newest first.' })
export class ResponseConnection {
  /** Counted only when asked for (see ResponseConnectionResolver): a count is the slow part of a page. */
  scope!: ResponseScope;
  @Field(() => [Response], { description: 'This page.' }) nodes!: Response[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'How often a choice was picked.' })
export class ChoiceCount {
  @Field(() => ID, { description: 'The choice (or scale value, or row:column of a matrix).' })
  choiceId!: string;
  @Field(() => String, { description: 'What respondents read.' }) label!: string;
  @Field(() => Int, { description: 'Responses that picked it.' }) count!: number;
  @Field(() => Float, { description: 'count / responses that answered the question.' })
  share!: number;
}

@ObjectType({ description: 'Net Promoter Score of a 0–10 question.' })
export class NpsScore {
  @Field(() => Float, { description: '% promoters − % detractors, −100 to 100.' }) score!: number;
  @Field(() => Int, { description: 'Answers of 9 or 10.' }) promoters!: number;
  @Field(() => Int, { description: 'Answers of 7 or 8.' }) passives!: number;
  @Field(() => Int, { description: 'Answers of 0 to 6.' }) detractors!: number;
}

@ObjectType({ description: 'Aggregates of one question.' })
export class QuestionResult {
  @Field(() => ID, { description: 'The question.' }) questionId!: string;
  @Field(() => Int, { description: 'Responses that answered it.' }) answered!: number;
  @Field(() => [ChoiceCount], { nullable: true, description: 'Counts per choice or scale value.' })
  choices!: ChoiceCount[] | null;
  @Field(() => Float, { nullable: true, description: 'Mean of numeric answers.' }) mean!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Median of numeric answers.' }) median!:
    number | null;
  @Field(() => NpsScore, { nullable: true, description: 'NPS questions only.' })
  nps!: NpsScore | null;
  /** Newest text answers, resolved with their own `first` argument. */
  textSample!: string[] | null;
}

@ObjectType({ description: 'Aggregates of a survey under a filter.' })
export class SurveyResults {
  @Field(() => Int, { description: 'Responses matching the filter.' }) responseCount!: number;
  @Field(() => Int, { description: 'Complete responses matching the filter.' })
  completeCount!: number;
  @Field(() => Int, {
    description:
      'Partial responses the rest of the filter matches, counted even when completeOnly leaves them out (what a "complete only" view hides).',
  })
  partialCount!: number;
  @Field(() => [QuestionResult], { description: 'One per question, in survey order.' })
  questions!: QuestionResult[];
}

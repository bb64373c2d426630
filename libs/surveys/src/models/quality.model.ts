import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QUALITY_REASONS, type QualityReason } from '../quality';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const QualityReasonEnum = enumOf(QUALITY_REASONS);
export const QualityFilterEnum = enumOf(['ALL', 'CLEAN', 'FLAGGED'] as const);
export type QualityFilter = keyof typeof QualityFilterEnum;

registerEnumType(QualityReasonEnum, {
  name: 'QualityReason',
  description:
    'Why a response is flagged: SPEEDING (under 30 % of the median time), STRAIGHT_LINING (one value on 5+ scale items), LOW_EFFORT_TEXT (keyboard mash, repeated characters, no vowels, lorem ipsum), DUPLICATE_TEXT (a long open answer word for word in other responses), FAILED_ATTENTION_CHECK.',
});
registerEnumType(QualityFilterEnum, {
  name: 'QualityFilter',
  description: 'ALL responses, CLEAN ones (no quality flag) or FLAGGED ones.',
});

@ObjectType({ description: 'Why a response may not be genuine.' })
export class QualityFlag {
  @Field(() => QualityReasonEnum, { description: 'The reason.' }) reason!: QualityReason;
  @Field(() => String, { description: 'A sentence for the researcher, e.g. "Completed in 38 s, under 30 % of the survey\'s median time of 6 min 10 s."' })
  detail!: string;
}

@ObjectType({ description: 'Responses flagged for one reason.' })
export class QualityReasonCount {
  @Field(() => QualityReasonEnum, { description: 'The reason.' }) reason!: QualityReason;
  @Field(() => Int, { description: 'Complete responses with this flag (a response can have several).' }) count!: number;
}

@ObjectType({ description: 'Quality flags over complete responses.' })
export class QualitySummary {
  @Field(() => Int, { description: 'Complete responses.' }) responseCount!: number;
  @Field(() => Int, { description: 'Complete responses with at least one flag (synthesis leaves them out by default).' })
  flaggedCount!: number;
  @Field(() => [QualityReasonCount], { description: 'Counts per reason, most common first in a fixed order; reasons with none are left out.' })
  reasons!: QualityReasonCount[];
}

@ObjectType({ description: 'An attention check: the answers that pass it. Never shown to respondents.' })
export class AttentionCheck {
  @Field(() => [String], { description: 'Answers that pass, compared normalized (case, spaces, quotes, "8" = "eight").' })
  expected!: string[];
}

@InputType({ description: 'Marks a question as an attention check.' })
export class AttentionCheckInput {
  @Field(() => [String], { description: 'Answers that pass (1 to 20), compared normalized (case, spaces, quotes, "8" = "eight").' })
  expected!: string[];
}

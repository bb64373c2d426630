import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RunStatusEnum, type RunStatus } from '@persona-lab/coding';
import { QualityReasonEnum, type QualityReason } from '@persona-lab/surveys';

@ObjectType({ description: 'How far to trust a synthesis run.' })
export class SynthesisQuality {
  @Field(() => Float, { description: 'Separation of the segments, -1 to 1.' }) silhouette!: number;
  @Field(() => Float, { description: 'Mean Jaccard overlap of each segment with its best match under bootstrap resampling, 0 to 1.' })
  stability!: number;
  @Field(() => Float, { description: 'Share of traits backed by evidence from at least two participants, 0 to 1.' }) evidenceCoverage!: number;
  @Field(() => Float, { description: 'Share of quotes found verbatim at their offsets; anything below 1 is a bug.' }) faithfulness!: number;
}

@ObjectType({ description: 'Responses a synthesis run left out for one quality reason.' })
export class ExcludedReasonCount {
  @Field(() => QualityReasonEnum, { description: 'The reason.' }) reason!: QualityReason;
  @Field(() => Int, { description: 'Responses left out with this flag (a response can have several).' }) count!: number;
}

@ObjectType({ description: 'The flagged responses a synthesis run left out.' })
export class ExcludedResponses {
  @Field(() => Int, { description: 'Complete responses left out for having at least one quality flag.' }) count!: number;
  @Field(() => [ExcludedReasonCount], { description: 'How many per reason.' }) reasons!: ExcludedReasonCount[];
}

@ObjectType({ description: 'A background run that drafts personas from the coded data.' })
export class SynthesisRun {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => RunStatusEnum, { description: 'QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED.' }) status!: RunStatus;
  @Field(() => Float, { description: '0 to 1.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'The stage running now (loading, features, segments, stability, traits, words, saving).' })
  stage!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it failed, in words a researcher can act on.' }) error!: string | null;
  @Field(() => String, { description: '`offline` or `openai`.' }) provider!: string;
  @Field(() => String, { nullable: true, description: 'The model used (openai provider).' }) model!: string | null;
  @Field(() => Int, { description: 'Tokens sent to the model.' }) tokensIn!: number;
  @Field(() => Int, { description: 'Tokens received from the model.' }) tokensOut!: number;
  @Field(() => Int, { nullable: true, description: 'Participants the run worked on.' }) participantCount!: number | null;
  @Field(() => Date, { nullable: true, description: 'When it started.' }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it ended.' }) finishedAt!: Date | null;
  @Field(() => SynthesisQuality, { nullable: true, description: 'Null until the run has succeeded.' }) quality!: SynthesisQuality | null;
  @Field(() => Boolean, { description: 'Whether responses with quality flags went in (default false: they are left out).' })
  includeFlagged!: boolean;
  @Field(() => ExcludedResponses, {
    nullable: true,
    description: 'The flagged responses the run left out, and why; null when it included them or has not loaded the study yet.',
  })
  excludedResponses!: ExcludedResponses | null;
  @Field(() => [String], {
    description:
      "Plain sentences on how far to read this run's personas: a weak split, people in no segment, small segments, no open text. Empty until it succeeds, and when there is nothing to say.",
  })
  warnings!: string[];
  studyId!: string;
}

@InputType({ description: 'Starts persona synthesis.' })
export class StartSynthesisInput {
  @Field(() => ID, { description: 'The study.' }) @IsUUID('all', { message: 'studyId must be a study id.' }) studyId!: string;
  @Field(() => Int, { nullable: true, description: 'How many personas; null lets the data decide.' })
  @IsOptional()
  @Min(1, { message: 'Ask for at least 1 persona.' })
  @Max(8, { message: 'Ask for at most 8 personas.' })
  personaCount?: number | null;
  @Field(() => String, { nullable: true, description: '`offline` (built in, no network) or `openai` (any OpenAI-compatible endpoint).' })
  provider?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Include responses with quality flags (speeding, straight-lining, low-effort or duplicate text, a failed attention check); default false: they are left out.',
  })
  includeFlagged?: boolean | null;
}

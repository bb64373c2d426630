import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { CodeCategoryEnum, SourceTypeEnum, type CodeCategory, type SourceType } from '../models/coding.model';

@InputType({ description: 'A new code.' })
export class CreateCodeInput {
  @Field(() => ID, { description: 'The study.' }) @IsUUID('all', { message: 'studyId must be a study id.' }) studyId!: string;
  @Field(() => String, { description: 'Name.' }) @Length(1, 120, { message: 'Give the code a name of 1 to 120 characters.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'When to apply it.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the description under 2,000 characters.' })
  description?: string | null;
  @Field(() => CodeCategoryEnum, { description: 'Kind.' }) category!: CodeCategory;
  @Field(() => ID, { nullable: true, description: 'Parent code.' }) parentId?: string | null;
}

@InputType({ description: 'Changes to a code; omitted fields stay. parentId: null moves it to the top level.' })
export class UpdateCodeInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(1, 120, { message: 'Give the code a name of 1 to 120 characters.' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the description under 2,000 characters.' })
  description?: string | null;
  @Field(() => CodeCategoryEnum, { nullable: true, description: 'New kind.' }) category?: CodeCategory | null;
  @Field(() => ID, { nullable: true, description: 'New parent (null: top level).' }) parentId?: string | null;
}

@InputType({ description: 'Where a highlight or piece of evidence sits.' })
export class SourceRefInput {
  @Field(() => SourceTypeEnum, { description: 'Transcript segment, survey answer or feedback message.' }) type!: SourceType;
  @Field(() => ID, { nullable: true, description: 'Transcript segment.' }) segmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Survey response.' }) responseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Question of that response.' }) questionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Feedback message (FEEDBACK_MESSAGE).' }) messageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Behaviour summary from product analytics (ANALYTICS_SUMMARY).' }) summaryId?: string | null;
}

@InputType({ description: 'Apply a code to a span.' })
export class ApplyCodeInput {
  @Field(() => ID, { description: 'The code.' }) codeId!: string;
  @Field(() => SourceRefInput, { description: 'The source.' }) source!: SourceRefInput;
  @Field(() => Int, { description: 'Start offset (UTF-16), inclusive.' }) @Min(0, { message: 'start must be 0 or more.' }) start!: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end!: number;
}

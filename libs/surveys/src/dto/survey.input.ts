import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Length, MaxLength, Min, ArrayMaxSize } from 'class-validator';
import { JSONScalar } from '@persona-lab/auth';
import type { ConditionOperator, PersonaField, QuestionType } from '@persona-lab/survey-logic';
import { ConditionOperatorEnum, PersonaFieldEnum, QuestionTypeEnum } from '../graphql-enums';
import {
  AttentionCheckInput,
  QualityFilterEnum,
  QualityReasonEnum,
  type QualityFilter,
} from '../models/quality.model';
import type { QualityReason } from '../quality';

@InputType({ description: 'An option, or a row or column of a matrix.' })
export class ChoiceInput {
  @Field(() => ID, { description: 'Stable id, unique within the question.' }) id!: string;
  @Field(() => String, { description: 'What the respondent reads.' }) label!: string;
}

@InputType({ description: 'Display logic on an earlier answer.' })
export class ConditionInput {
  @Field(() => ID, { description: 'The earlier question.' }) questionId!: string;
  @Field(() => ConditionOperatorEnum, { description: 'How to compare.' }) operator!: ConditionOperator;
  @Field(() => JSONScalar, { nullable: true, description: 'The value compared with.' }) value?: unknown;
}

@InputType({ description: 'A question; validated as a whole with the survey (survey-logic).' })
export class QuestionInput {
  @Field(() => ID, { description: 'Stable id within the survey.' }) id!: string;
  @Field(() => QuestionTypeEnum, { description: 'Kind of answer.' }) type!: QuestionType;
  @Field(() => String, { description: 'The question as asked.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Help text.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Must be answered when shown (default false).' }) required?: boolean | null;
  @Field(() => [ChoiceInput], { nullable: true, description: 'Choices or matrix columns.' }) options?: ChoiceInput[] | null;
  @Field(() => [ChoiceInput], { nullable: true, description: 'Matrix rows.' }) rows?: ChoiceInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Lower scale or length bound.' }) min?: number | null;
  @Field(() => Int, { nullable: true, description: 'Upper scale or length bound.' }) max?: number | null;
  @Field(() => String, { nullable: true, description: 'Label of the lowest value.' }) minLabel?: string | null;
  @Field(() => String, { nullable: true, description: 'Label of the highest value.' }) maxLabel?: string | null;
  @Field(() => ConditionInput, { nullable: true, description: 'Display logic.' }) showIf?: ConditionInput | null;
  @Field(() => PersonaFieldEnum, { nullable: true, description: 'What it tells synthesis; omitted, it is inferred from the title, type and options.' })
  personaField?: PersonaField | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A special-category question (gender, ethnicity, religion, health...); omitted, it is inferred (or kept, for an unchanged question).',
  })
  sensitive?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Show this sensitive question's distribution on personas, labelled, for description only (never for segments); default false.",
  })
  sensitiveOptIn?: boolean | null;
  @Field(() => AttentionCheckInput, {
    nullable: true,
    description: 'Makes it an attention check with these expected answers; omitted or null, it is not one.',
  })
  attentionCheck?: AttentionCheckInput | null;
}

@InputType({ description: 'A new survey (a DRAFT).' })
export class CreateSurveyInput {
  @Field(() => ID, { description: 'The study it belongs to.' })
  @IsUUID('all', { message: 'studyId must be a study id.' })
  studyId!: string;
  @Field(() => String, { description: 'Title.' })
  @Length(1, 300, { message: 'Give the survey a title of 1 to 300 characters.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Introduction.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the description under 5,000 characters.' })
  description?: string | null;
  @Field(() => [QuestionInput], { description: 'Questions in order.' })
  @ArrayMaxSize(500, { message: 'A survey can have at most 500 questions.' })
  questions!: QuestionInput[];
  @Field(() => Boolean, { nullable: true, description: 'Store no IP, user agent or invitation link.' }) anonymous?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Close automatically at this time.' }) closesAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Close automatically after this many complete responses.' })
  @IsOptional()
  @Min(1, { message: 'The response limit must be at least 1.' })
  responseLimit?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'One question per screen (default true).' })
  oneQuestionPerScreen?: boolean | null;
}

@InputType({ description: 'Changes to a survey; omitted fields stay as they are.' })
export class UpdateSurveyInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(1, 300, { message: 'Give the survey a title of 1 to 300 characters.' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Introduction.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the description under 5,000 characters.' })
  description?: string | null;
  @Field(() => [QuestionInput], { nullable: true, description: 'Questions in order (replaces all).' })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'A survey can have at most 500 questions.' })
  questions?: QuestionInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Anonymous responses.' }) anonymous?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Closing time.' }) closesAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Response limit.' })
  @IsOptional()
  @Min(1, { message: 'The response limit must be at least 1.' })
  responseLimit?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'One question per screen.' }) oneQuestionPerScreen?: boolean | null;
}

@InputType({ description: 'One answer.' })
export class AnswerInput {
  @Field(() => ID, { description: 'The question.' }) questionId!: string;
  @Field(() => JSONScalar, {
    description: 'Text, number, date string, choice id, [choice ids] (multiple choice, ranking in order) or {rowId: columnId} (matrix).',
  })
  value!: unknown;
}

@InputType({ description: "A respondent's answers." })
export class SubmitResponseInput {
  @Field(() => String, { description: 'The survey link slug.' }) @MaxLength(100) slug!: string;
  @Field(() => String, { nullable: true, description: 'Token of a personal invitation.' })
  @IsOptional()
  @MaxLength(200)
  invitationToken?: string | null;
  @Field(() => ID, { description: 'Chosen by the client; sending the same id again never makes a second response.' })
  @Length(8, 100, { message: 'clientResponseId must be 8 to 100 characters (a UUID is ideal).' })
  clientResponseId!: string;
  @Field(() => [AnswerInput], { description: 'Answers.' })
  @ArrayMaxSize(1000, { message: 'Too many answers in one submission.' })
  answers!: AnswerInput[];
  @Field(() => Boolean, { description: 'false saves a partial response that a later call with the same id resumes.' })
  complete!: boolean;
  @Field(() => JSONScalar, { nullable: true, description: "Values carried in the link's query string (?source=newsletter)." })
  hiddenFields?: unknown;
}

@InputType({ description: 'Which responses the results cover.' })
export class ResultsFilter {
  @Field(() => [ConditionInput], { nullable: true, description: 'Only responses where every condition holds.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Use at most 20 answer conditions.' })
  where?: ConditionInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only complete responses.' }) completeOnly?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Submitted at or after.' }) submittedAfter?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Submitted before.' }) submittedBefore?: Date | null;
  @Field(() => ID, {
    nullable: true,
    description: "Only respondents in this persona of the survey's study (its unlinked respondents' responses and every response of its participants).",
  })
  personaId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Only responses to this version of the survey (each response records the version it answered).',
  })
  @IsOptional()
  @IsInt({ message: 'surveyVersion must be a version number, such as 2.' })
  @Min(1, { message: 'surveyVersion must be a version number, such as 2.' })
  surveyVersion?: number | null;
  @Field(() => QualityFilterEnum, {
    nullable: true,
    description: 'ALL (default), CLEAN (no quality flag) or FLAGGED responses.',
  })
  quality?: QualityFilter | null;
  @Field(() => [QualityReasonEnum], {
    nullable: true,
    description: 'Only responses flagged for at least one of these reasons.',
  })
  qualityReasons?: QualityReason[] | null;
}

@InputType({ description: 'How to read one column of an imported CSV; columns not named are inferred.' })
export class CsvColumnInput {
  @Field(() => String, { description: 'The header text, exactly.' }) header!: string;
  @Field(() => QuestionTypeEnum, { nullable: true, description: 'Force a question type.' }) type?: QuestionType | null;
  @Field(() => PersonaFieldEnum, { nullable: true, description: 'What it tells synthesis (otherwise inferred).' }) personaField?: PersonaField | null;
  @Field(() => Boolean, { nullable: true, description: 'A special-category question such as gender or ethnicity (otherwise inferred).' })
  sensitive?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Splits a cell into several choices (multiple choice), e.g. "," or ";".' })
  delimiter?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Leave this column out.' }) skip?: boolean | null;
  @Field(() => [String], {
    nullable: true,
    description: 'The expected answers of this column as an attention check (otherwise proposed when its wording reads like one); an empty list means it is not an attention check.',
  })
  attentionCheckExpected?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: this column is the customer id (each response joins that customer's participant, shared with feedback, interviews and analytics; stored only as a hash, never as an answer); false: it is not, even when its header reads like customer_id, customer or user_id (which are proposed).",
  })
  customerId?: boolean | null;
}

@InputType({ description: 'A survey export to bring in as a closed survey.' })
export class ImportSurveyCsvInput {
  @Field(() => ID, { description: 'The study.' })
  @IsUUID('all', { message: 'studyId must be a study id.' })
  studyId!: string;
  @Field(() => String, { description: 'Title of the new survey.' })
  @Length(1, 300, { message: 'Give the survey a title of 1 to 300 characters.' })
  title!: string;
  @Field(() => String, { description: 'A survey export: one header row of question texts, one row per response.' })
  csv!: string;
  @Field(() => [CsvColumnInput], { nullable: true, description: 'Per-column overrides.' })
  columns?: CsvColumnInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who infers persona fields and sensitive flags of columns not set in columns: `offline` (default: rules and the built-in sentence encoder, deterministic) or `openai` (the configured model; sensitive flags the rules raise always stay).',
  })
  provider?: string | null;
}

@InputType({ description: 'A survey export to preview: what the import would make of each column. Nothing is written.' })
export class PreviewSurveyCsvInput {
  @Field(() => ID, { description: 'The study it would be imported into.' })
  @IsUUID('all', { message: 'studyId must be a study id.' })
  studyId!: string;
  @Field(() => String, { description: 'A survey export: one header row of question texts, one row per response.' })
  csv!: string;
  @Field(() => [CsvColumnInput], { nullable: true, description: 'Per-column overrides, as for importSurveyCsv.' })
  columns?: CsvColumnInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who infers persona fields and sensitive flags of columns not set in columns: `offline` (default: rules and the built-in sentence encoder, deterministic) or `openai` (the configured model; sensitive flags the rules raise always stay).',
  })
  provider?: string | null;
}

@InputType({ description: "Analysis settings of one question; omitted fields stay as they are." })
export class QuestionAnalysisInput {
  @Field(() => ID, { description: 'The question.' }) questionId!: string;
  @Field(() => PersonaFieldEnum, { nullable: true, description: 'What it tells synthesis.' }) personaField?: PersonaField | null;
  @Field(() => Boolean, { nullable: true, description: 'A special-category question (gender, ethnicity, religion, health...).' })
  sensitive?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Show this sensitive question's distribution on personas, labelled, for description only (never for segments). Only for a sensitive question.",
  })
  sensitiveOptIn?: boolean | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Makes it an attention check with these expected answers (an empty list: not an attention check); quality flags are recomputed.',
  })
  attentionCheckExpected?: string[] | null;
}

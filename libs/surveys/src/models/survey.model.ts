import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttentionCheck } from './quality.model';
import { JSONScalar } from '@persona-lab/auth';
import type { ConditionOperator, PersonaField, QuestionType } from '@persona-lab/survey-logic';
import {
  ConditionOperatorEnum,
  InvitationStatusEnum,
  PersonaFieldEnum,
  QuestionTypeEnum,
  SurveyStatusEnum,
  type InvitationStatus,
  type SurveyStatus,
} from '../graphql-enums';

@ObjectType({ description: 'An option of a choice question, or a row or column of a matrix.' })
export class Choice {
  @Field(() => ID, { description: 'Stable id, unique within the question.' }) id!: string;
  @Field(() => String, { description: 'What the respondent reads.' }) label!: string;
}

@ObjectType({ description: 'The question is shown only when this holds on an earlier answer.' })
export class Condition {
  @Field(() => ID, { description: 'The earlier question it looks at.' }) questionId!: string;
  @Field(() => ConditionOperatorEnum, { description: 'How it compares.' }) operator!: ConditionOperator;
  @Field(() => JSONScalar, { nullable: true, description: 'The value compared with (a choice id, number, text).' })
  value?: unknown;
}

@ObjectType({ description: 'One question of a survey.' })
export class Question {
  @Field(() => ID, { description: 'Stable id within the survey; answers refer to it.' }) id!: string;
  @Field(() => QuestionTypeEnum, { description: 'Kind of answer.' }) type!: QuestionType;
  @Field(() => String, { description: 'The question as asked.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Help text under the title.' }) description?: string | null;
  @Field(() => Boolean, { description: 'Must be answered when shown.' }) required!: boolean;
  @Field(() => [Choice], { nullable: true, description: 'Choices (choice, ranking questions) or columns (matrix).' })
  options?: Choice[] | null;
  @Field(() => [Choice], { nullable: true, description: 'Rows of a MATRIX question.' }) rows?: Choice[] | null;
  @Field(() => Int, { nullable: true, description: 'Scale bounds (RATING, LIKERT, NUMBER) or length bounds (text).' })
  min?: number | null;
  @Field(() => Int, { nullable: true, description: 'Upper scale or length bound.' }) max?: number | null;
  @Field(() => String, { nullable: true, description: 'Label of the lowest scale value.' }) minLabel?: string | null;
  @Field(() => String, { nullable: true, description: 'Label of the highest scale value.' }) maxLabel?: string | null;
  @Field(() => Condition, { nullable: true, description: 'Display logic.' }) showIf?: Condition | null;
  @Field(() => PersonaFieldEnum, { description: 'What this question tells persona synthesis.' }) personaField!: PersonaField;
  @Field(() => Boolean, {
    description: 'A special-category question (gender, ethnicity, religion, sexual orientation, health, politics, exact birth date): never used to form segments.',
  })
  sensitive?: boolean; // definitions stored before the flag existed lack it: QuestionResolver answers false
  @Field(() => Boolean, {
    description: "The researcher chose to show this sensitive question's distribution on personas, labelled, for description only — never for segments.",
  })
  sensitiveOptIn?: boolean;
  @Field(() => AttentionCheck, {
    nullable: true,
    description: 'Set when the question is an attention check (researchers only: a respondent\'s form never receives it).',
  })
  attentionCheck?: AttentionCheck | null;
}

@ObjectType({ description: 'A questionnaire in a study.' })
export class Survey {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Title shown to respondents.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Introduction shown to respondents.' }) description!: string | null;
  @Field(() => SurveyStatusEnum, { description: 'DRAFT, OPEN or CLOSED (closing date and response limit included).' })
  status!: SurveyStatus;
  @Field(() => String, { description: 'Public link path segment: /s/<slug>.' }) slug!: string;
  @Field(() => Int, { description: 'Bumped on each publish after a change; each response records it.' }) version!: number;
  @Field(() => Boolean, { description: 'Responses store no IP address, user agent or invitation link.' }) anonymous!: boolean;
  @Field(() => Date, { nullable: true, description: 'The survey closes by itself at this time.' }) closesAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'The survey closes by itself after this many complete responses.' })
  responseLimit!: number | null;
  @Field(() => [Question], { description: 'The questions being edited (what the next publish will freeze).' })
  questions!: Question[];
  @Field(() => Boolean, { description: 'Whether the edited questions differ from the published version.' })
  hasUnpublishedChanges!: boolean;
  @Field(() => Boolean, { description: 'Show one question per screen (true) or all on one page (false).' })
  oneQuestionPerScreen!: boolean;
  studyId!: string;
}

@ObjectType({ description: 'What a respondent sees: the questions, nothing about other responses.' })
export class PublicSurvey {
  @Field(() => String, { description: 'Title.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Introduction.' }) description!: string | null;
  @Field(() => Int, { description: 'The version being answered.' }) version!: number;
  @Field(() => [Question], { description: 'Questions in order.' }) questions!: Question[];
  @Field(() => Boolean, { description: 'Show one question per screen.' }) oneQuestionPerScreen!: boolean;
}

@ObjectType({ description: 'A personal, single-use link to a survey.' })
export class Invitation {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Who was invited.' }) email!: string;
  @Field(() => String, { description: 'Single-use token; the respondent link is /s/<slug>?t=<token>.' }) token!: string;
  @Field(() => InvitationStatusEnum, { description: 'PENDING, STARTED or COMPLETED.' }) status!: InvitationStatus;
}

@ObjectType({ description: 'What importSurveyCsv would make of one column.' })
export class CsvPreviewColumn {
  @Field(() => Int, { description: '0-based position in the file.' }) index!: number;
  @Field(() => String, { description: 'The header text (renamed when empty or repeated).' }) header!: string;
  @Field(() => QuestionTypeEnum, { description: 'The question type it would get (the inferred one, for a skipped column).' }) type!: QuestionType;
  @Field(() => PersonaFieldEnum, { description: 'What it would tell persona synthesis (NONE when skipped).' }) personaField!: PersonaField;
  @Field(() => Boolean, { description: 'A special-category question (gender, ethnicity...): never used to form segments.' }) sensitive!: boolean;
  @Field(() => Boolean, { description: 'It would not become a question (the timestamp, the customer id, export metadata, empty, or asked for).' }) skip!: boolean;
  @Field(() => Boolean, {
    description:
      "The customer id column (proposed for customer_id, customer, user_id…, or set in columns): each response joins that customer's participant; its values are stored only as hashes and never shown.",
  })
  customerId!: boolean;
  @Field(() => String, { description: 'Why, in a short sentence, e.g. "Asks what gets in the way → pain point".' }) reason!: string;
  @Field(() => [String], { description: 'Up to 5 distinct non-empty cells, clipped to 120 characters; never emails, phone numbers or customer ids.' })
  sampleValues!: string[];
  @Field(() => AttentionCheck, {
    nullable: true,
    description: 'The column reads like an attention check: the expected answer proposed (the most common answer when it holds a clear majority; empty when none does) or set in columns.',
  })
  attentionCheck?: AttentionCheck | null;
}

@ObjectType({ description: 'What importSurveyCsv would do with a file; nothing is written.' })
export class CsvPreview {
  @Field(() => Int, { description: 'Responses (non-empty data rows) in the file.' }) rowCount!: number;
  @Field(() => [CsvPreviewColumn], { description: 'Every column of the file, in order.' }) columns!: CsvPreviewColumn[];
  @Field(() => [String], { description: 'What the import would say: skipped columns, renamed headers, answers left out.' }) warnings!: string[];
}

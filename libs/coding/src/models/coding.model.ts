import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CODE_CATEGORIES = ['PAIN_POINT', 'GOAL', 'MOTIVATION', 'BEHAVIOR', 'NEED', 'ATTITUDE', 'DEMOGRAPHIC', 'OTHER'] as const;
export type CodeCategory = (typeof CODE_CATEGORIES)[number];
export const CodeCategoryEnum = Object.fromEntries(CODE_CATEGORIES.map((c) => [c, c])) as { [K in CodeCategory]: K };
registerEnumType(CodeCategoryEnum, { name: 'CodeCategory', description: 'What kind of thing a code marks; drives persona traits.' });

export const SourceTypeEnum = { TRANSCRIPT_SEGMENT: 'TRANSCRIPT_SEGMENT', SURVEY_ANSWER: 'SURVEY_ANSWER', FEEDBACK_MESSAGE: 'FEEDBACK_MESSAGE', ANALYTICS_SUMMARY: 'ANALYTICS_SUMMARY' } as const;
export type SourceType = keyof typeof SourceTypeEnum;
registerEnumType(SourceTypeEnum, {
  name: 'SourceType',
  description: 'Where a piece of text comes from.',
  valuesMap: {
    FEEDBACK_MESSAGE: { description: 'One message of an imported support conversation, review or feedback (customer or agent).' },
    ANALYTICS_SUMMARY: { description: "A participant's behaviour summary rendered from product analytics (evidence of behaviour traits; not codable)." },
  },
});

export const HighlightStatusEnum = { SUGGESTED: 'SUGGESTED', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED' } as const;
export type HighlightStatus = keyof typeof HighlightStatusEnum;
registerEnumType(HighlightStatusEnum, { name: 'HighlightStatus', description: 'A suggestion waits for review; people accept or reject it.' });

export const RunStatusEnum = { QUEUED: 'QUEUED', RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED', CANCELLED: 'CANCELLED' } as const;
export type RunStatus = keyof typeof RunStatusEnum;
registerEnumType(RunStatusEnum, { name: 'RunStatus', description: 'State of a background run.' });

export const CodebookFormatEnum = { QDC: 'QDC', CSV: 'CSV' } as const;
registerEnumType(CodebookFormatEnum, { name: 'CodebookFormat', description: 'REFI-QDA codebook (.qdc) or CSV.' });

@ObjectType({ description: 'A code of the codebook.' })
export class Code {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Name, unique in the study.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Guidance for coders: when to apply it.' }) description!: string | null;
  @Field(() => CodeCategoryEnum, { description: 'Kind of thing it marks.' }) category!: CodeCategory;
  parentId!: string | null;
  studyId!: string;
}

@ObjectType({ description: 'Where a highlight or a piece of evidence sits: a transcript segment, one answer (response + question) or a feedback message.' })
export class SourceRef {
  @Field(() => SourceTypeEnum, { description: 'Transcript segment, survey answer or feedback message.' }) type!: SourceType;
  @Field(() => ID, { nullable: true, description: 'The transcript segment.' }) segmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The survey response.' }) responseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The question answered.' }) questionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The feedback message (FEEDBACK_MESSAGE).' }) messageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The behaviour summary from product analytics (ANALYTICS_SUMMARY).' }) summaryId?: string | null;
}

@ObjectType({ description: 'A code applied to a span of source text.' })
export class Highlight {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => SourceRef, { description: 'Where the text is.' }) source!: SourceRef;
  @Field(() => Int, { description: 'Character offsets (UTF-16) into the source text (see Evidence), end exclusive.' }) start!: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end!: number;
  @Field(() => String, { description: 'The source text between start and end.' }) text!: string;
  @Field(() => HighlightStatusEnum, { description: 'SUGGESTED, ACCEPTED or REJECTED.' }) status!: HighlightStatus;
  @Field(() => String, { description: "Who coded it: a user id, or the model's name for a suggestion." }) coder!: string;
  @Field(() => Float, { nullable: true, description: "A suggestion's confidence, 0 to 1." }) confidence!: number | null;
  codeId!: string;
}

@ObjectType({ description: 'Agreement of two coders on one code.' })
export class CodeAgreement {
  @Field(() => ID, { description: 'The code.' }) codeId!: string;
  @Field(() => String, { description: 'Its name.' }) codeName!: string;
  @Field(() => Int, { description: 'Decisions compared for this code: the shared text units.' }) units!: number;
  @Field(() => Float, { description: 'Share of those units on which they agree.' }) observed!: number;
  @Field(() => Float, { description: "Cohen's kappa for this code." }) cohensKappa!: number;
}

@ObjectType({ description: 'How far two coders agree: (text unit × code) decisions over the text units both coders judged.' })
export class Agreement {
  @Field(() => String, { description: 'First coder.' }) coderA!: string;
  @Field(() => String, { description: 'Second coder.' }) coderB!: string;
  @Field(() => Int, { description: 'Decisions compared: text units both coders judged × codes.' }) units!: number;
  @Field(() => Int, { description: 'Text units (transcript segments or survey answers) both coders judged, i.e. each applied at least one code to.' }) sharedUnits!: number;
  @Field(() => Int, { description: 'Shared text units needed before kappa means anything.' }) minSharedUnits!: number;
  @Field(() => Boolean, { description: 'Whether there are at least minSharedUnits shared units; otherwise there are too few to say.' }) enough!: boolean;
  @Field(() => Float, { description: 'Share of units on which they agree.' }) observed!: number;
  @Field(() => Float, { description: "Cohen's kappa: agreement beyond chance, −1 to 1." }) cohensKappa!: number;
  @Field(() => [CodeAgreement], { description: 'The same figures per code.' }) perCode!: CodeAgreement[];
}

@ObjectType({ description: 'A background run that suggests codes.' })
export class CodingRun {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => RunStatusEnum, { description: 'State.' }) status!: RunStatus;
  @Field(() => Float, { description: '0 to 1.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, in plain words.' }) error!: string | null;
  @Field(() => Int, { description: 'Suggestions made.' }) suggestions!: number;
  @Field(() => String, { description: '`offline` or `openai`.' }) provider!: string;
}

@ObjectType({ description: 'A source text in its context, for showing a quote where it was said.' })
export class SourceContext {
  @Field(() => String, { description: 'The whole source text; offsets of highlights and evidence index into it.' }) text!: string;
  @Field(() => String, { description: 'Where it is, in words.' }) label!: string;
  @Field(() => ID, { nullable: true, description: 'The interview, for a transcript segment.' }) interviewId!: string | null;
  @Field(() => String, { nullable: true, description: 'Who spoke (transcripts).' }) speaker!: string | null;
  @Field(() => Int, { nullable: true, description: 'When, in milliseconds (transcripts).' }) startMs!: number | null;
  @Field(() => String, { nullable: true, description: 'The question answered (survey answers).' }) questionTitle!: string | null;
  @Field(() => ID, { nullable: true, description: 'The feedback conversation, for a feedback message (its page is /studies/<studyId>/feedback/<conversationId>#m-<messageId>).' })
  conversationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The study the source belongs to.' }) studyId?: string | null;
}

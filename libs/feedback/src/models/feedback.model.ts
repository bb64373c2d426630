import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FeedbackKindEnum {
  SUPPORT = 'SUPPORT',
  REVIEW = 'REVIEW',
  FEEDBACK = 'FEEDBACK',
}
registerEnumType(FeedbackKindEnum, {
  name: 'FeedbackKind',
  description: 'A support ticket or chat, an app-store or product review, or free-form feedback.',
});

export enum FeedbackRoleEnum {
  CUSTOMER = 'CUSTOMER',
  AGENT = 'AGENT',
}
registerEnumType(FeedbackRoleEnum, {
  name: 'FeedbackRole',
  description: 'Who wrote a message: the customer, or an agent (admin, bot) — agent turns are never evidence.',
});

export enum FeedbackFieldEnum {
  CONVERSATION_ID = 'CONVERSATION_ID',
  TEXT = 'TEXT',
  TITLE = 'TITLE',
  RATING = 'RATING',
  DATE = 'DATE',
  CUSTOMER = 'CUSTOMER',
  AUTHOR_ROLE = 'AUTHOR_ROLE',
  KIND = 'KIND',
  IGNORE = 'IGNORE',
}
registerEnumType(FeedbackFieldEnum, { name: 'FeedbackField', description: 'What a CSV column of a feedback export holds.' });

@ObjectType({ description: 'An uploaded feedback export: its progress while it is read, then what it held.' })
export class FeedbackImport {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The study it was imported into.' }) studyId!: string;
  @Field(() => FeedbackKindEnum, { description: 'The kind its conversations get unless a column says otherwise.' }) kind!: FeedbackKindEnum;
  @Field({ description: 'The shape read: CSV, ZENDESK_JSON, INTERCOM_JSON or HELPSCOUT_JSON (UNKNOWN before the first bytes).' }) format!: string;
  @Field({ description: 'The uploaded file name.' }) fileName!: string;
  @Field({ description: 'RECEIVING while the upload is read, then DONE or FAILED.' }) status!: string;
  @Field(() => Float, { nullable: true, description: 'The file size announced by the upload, in bytes.' }) bytesTotal!: number | null;
  @Field(() => Float, { description: 'Bytes read so far.' }) bytesRead!: number;
  @Field(() => Int, { description: 'Rows (CSV) or conversations (JSON) read so far.' }) rowsRead!: number;
  @Field(() => Int, { description: 'Conversations stored.' }) conversationCount!: number;
  @Field(() => Int, { description: 'Messages stored.' }) messageCount!: number;
  @Field(() => Int, { description: 'Messages dropped because they had no text.' }) emptyDropped!: number;
  @Field(() => Int, { description: 'Dates that could not be read (kept empty).' }) datesUnparsed!: number;
  @Field(() => [String], { description: 'Sentences for the researcher: what was dropped, left out or guessed.' }) warnings!: string[];
  @Field(() => String, { nullable: true, description: 'Why the import failed, when it did.' }) error!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: 'One message of a feedback conversation; its text is immutable source text.' })
export class FeedbackMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) conversationId!: string;
  @Field(() => Int, { description: 'Position in the conversation, from 0.' }) index!: number;
  @Field(() => FeedbackRoleEnum) role!: FeedbackRoleEnum;
  @Field({ description: 'The text as imported (HTML already turned into plain text).' }) text!: string;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

@ObjectType({ description: 'A support ticket or chat, a review, or one piece of feedback.' })
export class FeedbackConversation {
  @Field(() => ID) id!: string;
  @Field(() => ID) studyId!: string;
  @Field(() => ID) importId!: string;
  @Field(() => FeedbackKindEnum) kind!: FeedbackKindEnum;
  @Field({ description: 'A readable place, e.g. "Zendesk ticket 4521" or "Review ★2 “Crashes on launch”".' }) title!: string;
  @Field(() => Int, { nullable: true, description: 'Star or satisfaction rating, when the source has one.' }) rating!: number | null;
  @Field(() => Date, { nullable: true, description: 'When the conversation started, when the source says.' }) createdAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The participant the customer is linked to.' }) participantId!: string | null;
  @Field(() => String, { nullable: true, description: 'How the customer is shown: "Customer 3f9a1c", from the hash of the identifier (never the identifier).' })
  customerLabel!: string | null;
  @Field(() => Int) messageCount!: number;
}

@ObjectType({ description: 'A page of a study’s feedback conversations.' })
export class FeedbackConversationPage {
  @Field(() => [FeedbackConversation]) items!: FeedbackConversation[];
  @Field(() => Int, { description: 'Conversations matching, all pages.' }) total!: number;
}

@ObjectType({ description: 'One column of a CSV preview: the field proposed and a few values (emails and phone numbers redacted).' })
export class FeedbackPreviewColumn {
  @Field(() => Int) index!: number;
  @Field() header!: string;
  @Field(() => FeedbackFieldEnum) field!: FeedbackFieldEnum;
  @Field(() => [String]) samples!: string[];
}

@ObjectType({ description: 'What an import of a file would make of it, from its first bytes; nothing is stored.' })
export class FeedbackPreview {
  @Field({ description: 'CSV, ZENDESK_JSON, INTERCOM_JSON, HELPSCOUT_JSON, or JSON when the sample is too short to tell.' }) format!: string;
  @Field(() => [FeedbackPreviewColumn], { description: 'CSV columns with their proposed fields (empty for JSON).' }) columns!: FeedbackPreviewColumn[];
  @Field(() => String, { nullable: true, description: 'MDY or DMY: how slashed dates are read.' }) dayOrder!: string | null;
  @Field(() => Int, { description: 'Data rows in the sample.' }) rows!: number;
  @Field(() => Int) conversations!: number;
  @Field(() => Int) messages!: number;
  @Field(() => Int) emptyDropped!: number;
  @Field(() => Int) datesUnparsed!: number;
  @Field(() => [String]) warnings!: string[];
}

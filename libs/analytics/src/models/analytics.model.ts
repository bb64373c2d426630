import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const AnalyticsImportKindEnum = { EVENTS: 'EVENTS', SUMMARY: 'SUMMARY' } as const;
registerEnumType(AnalyticsImportKindEnum, {
  name: 'AnalyticsImportKind',
  description: 'EVENTS: one row per event (user id, event name, timestamp). SUMMARY: one row per user with numeric columns.',
});

export const AnalyticsImportStatusEnum = { RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
registerEnumType(AnalyticsImportStatusEnum, {
  name: 'AnalyticsImportStatus',
  description: 'RUNNING while the file uploads and aggregates; SUCCEEDED or FAILED (with a sentence) after.',
});

@ObjectType({ description: 'One product analytics upload of a study, with its progress and counts.' })
export class AnalyticsImport {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => ID, { description: 'The study it belongs to.' }) studyId!: string;
  @Field(() => AnalyticsImportKindEnum, { description: 'Events export or per-user summary.' }) kind!: 'EVENTS' | 'SUMMARY';
  @Field(() => String, { description: 'The uploaded file name.' }) fileName!: string;
  @Field(() => AnalyticsImportStatusEnum, { description: 'Running, succeeded or failed.' }) status!: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  @Field(() => Float, { description: 'Bytes of the file read so far.' }) bytesRead!: number;
  @Field(() => Float, { description: 'Data rows read so far (the header excluded).' }) rowsRead!: number;
  @Field(() => Float, { description: 'Rows left out: no user id, no event name, no readable timestamp or no number.' }) rowsSkipped!: number;
  @Field(() => Float, { description: 'Events aggregated (for a summary: numeric cells kept).' }) events!: number;
  @Field(() => Int, { description: 'Distinct users (hashed ids) in the file.' }) users!: number;
  @Field(() => Int, { description: 'Users linked to a participant seen elsewhere in the study (survey, interview, feedback).' }) linked!: number;
  @Field(() => Int, { description: 'Users never seen elsewhere: counted, kept unlinked, not used by synthesis.' }) unlinked!: number;
  @Field(() => [String], { description: 'The behaviours kept as features, in words (e.g. "Opens dashboards").' }) features!: string[];
  @Field(() => Date, { nullable: true, description: 'The reference date recency is measured at: the latest event of the file.' }) referenceAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it failed, in a sentence.' }) error!: string | null;
  @Field(() => Date, { description: 'When the upload started.' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it finished.' }) finishedAt!: Date | null;
}

@ObjectType({ description: 'One behaviour of a participant, from product analytics.' })
export class BehaviourFeature {
  @Field(() => String, { description: 'Stable key: `event:<name>` or `metric:<column>`.' }) key!: string;
  @Field(() => String, { description: 'The behaviour in words, e.g. "Opens dashboards".' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'How often a week, over the user\'s observed span (at least a week).' }) perWeek?: number | null;
  @Field(() => Float, { nullable: true, description: 'Days since the last time, at the import\'s reference date.' }) recencyDays?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the user\'s sessions (30-minute gaps) with it, 0 to 1.' }) share?: number | null;
  @Field(() => Int, { nullable: true, description: 'Start (UTF-16) of its sentence in the summary text.' }) start?: number | null;
  @Field(() => Int, { nullable: true, description: 'End of its sentence in the summary text, exclusive.' }) end?: number | null;
}

@ObjectType({ description: "A participant's behaviour summary: rendered once from product analytics, immutable, quoted as evidence (Product analytics)." })
export class BehaviourSummary {
  @Field(() => ID, { description: 'Unique id (SourceRef.summaryId).' }) id!: string;
  @Field(() => ID, { description: 'The import it was rendered from.' }) importId!: string;
  @Field(() => String, { description: 'The summary text: the verbatim source of behaviour traits.' }) text!: string;
  @Field(() => [BehaviourFeature], { description: 'The features, each with the span of its sentence.' }) features!: BehaviourFeature[];
  @Field(() => Date, { description: 'When it was rendered.' }) createdAt!: Date;
}

@ObjectType({ description: 'A mapping of CSV columns proposed for an analytics file.' })
export class AnalyticsMappingProposal {
  @Field(() => AnalyticsImportKindEnum, { description: 'Events export or per-user summary.' }) kind!: 'EVENTS' | 'SUMMARY';
  @Field(() => String, { description: 'The user id column.' }) userColumn!: string;
  @Field(() => String, { nullable: true, description: 'EVENTS: the event name column.' }) eventColumn?: string | null;
  @Field(() => String, { nullable: true, description: 'EVENTS: the timestamp column.' }) timeColumn?: string | null;
  @Field(() => String, { nullable: true, description: 'EVENTS: the JSON properties column (read, never stored).' }) propertiesColumn?: string | null;
  @Field(() => [String], { nullable: true, description: 'SUMMARY: the numeric columns to keep.' }) metricColumns?: string[] | null;
}

@ObjectType({ description: 'The head of an analytics CSV: its columns, a few rows and a proposed mapping.' })
export class AnalyticsCsvPreview {
  @Field(() => [String], { description: 'Column names, as in the header row.' }) columns!: string[];
  @Field(() => [[String]], { description: 'Up to 5 data rows of the sample.' }) rows!: string[][];
  @Field(() => AnalyticsMappingProposal, { nullable: true, description: 'The proposed mapping, or null when nothing fits (map the columns by hand).' })
  proposal!: AnalyticsMappingProposal | null;
  @Field(() => [String], { description: 'Columns whose sample values read as timestamps (ISO 8601, unix s/ms, RFC 2822).' }) timeColumns!: string[];
  @Field(() => [String], { description: 'Columns whose sample values are all numbers.' }) numericColumns!: string[];
}

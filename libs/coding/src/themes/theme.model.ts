import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RunStatusEnum, type RunStatus } from '../models/coding.model';

@ObjectType({ description: "A theme found in open text, proposed as a code of the study's codebook; its member sentences are suggested highlights of that code." })
export class Theme {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Short readable label; renaming the theme renames its code.' }) label!: string;
  @Field(() => String, { nullable: true, description: 'One line saying what the theme is about.' }) description!: string | null;
  @Field(() => [String], { description: 'Keyphrases of the theme, strongest first.' }) keyphrases!: string[];
  @Field(() => ID, { nullable: true, description: 'The question whose answers the theme was found in; null for themes of interview transcripts.' })
  questionId!: string | null;
  @Field(() => String, { description: "Where the theme was found, in words: the question's title, or \"Interview transcripts\"." }) sourceLabel!: string;
  @Field(() => Int, { description: 'Answers or participant turns with at least one sentence in the theme (when it was last discovered or merged).' })
  unitCount!: number;
  codeId!: string;
  studyId!: string;
}

@ObjectType({ description: 'A background run that discovers themes in open-text answers and transcripts.' })
export class ThemeRun {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => RunStatusEnum, { description: 'State.' }) status!: RunStatus;
  @Field(() => Float, { description: '0 to 1.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, in plain words.' }) error!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A note for the researcher when the result is thin or partial (e.g. a question with too few answers); null when all went well.',
  })
  message!: string | null;
  @Field(() => Int, { description: 'Themes this run proposed or updated.' }) themeCount!: number;
  @Field(() => Int, { description: 'New suggested highlights this run added (a re-run on the same text adds none).' }) suggestionCount!: number;
  @Field(() => String, { description: '`offline` or `openai` (which only relabels the offline themes).' }) provider!: string;
}

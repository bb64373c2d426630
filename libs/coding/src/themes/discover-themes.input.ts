import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'What to discover themes in.' })
export class DiscoverThemesInput {
  @Field(() => ID, { description: 'The study.' }) @IsUUID('all', { message: 'studyId must be a study id.' }) studyId!: string;
  @Field(() => [ID], { nullable: true, description: 'Open-text questions to read (null: every open-text question whose persona field is a need or attitude — not NONE or DEMOGRAPHIC — or every open-text question when none is).' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'Choose at most 200 questions.' })
  questionIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: "Whether participants' interview turns and customers' feedback messages are read too (one more group of themes each)." })
  includeTranscripts?: boolean | null;
  @Field(() => String, { nullable: true, description: '`offline` (default) or `openai`, which relabels the offline themes with the configured model.' })
  provider?: string | null;
}

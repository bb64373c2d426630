import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Participant } from '@persona-lab/studies';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from '../parsers';

export const TranscriptFormatEnum = Object.fromEntries(TRANSCRIPT_FORMATS.map((f) => [f, f])) as { [K in TranscriptFormat]: K };
registerEnumType(TranscriptFormatEnum, { name: 'TranscriptFormat', description: 'How a transcript file is written.' });

@ObjectType({ description: 'One turn of a transcript. Its text never changes after import.' })
export class TranscriptSegment {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => Int, { description: 'Position in the transcript, from 0.' }) index!: number;
  @Field(() => String, { nullable: true, description: 'Who spoke.' }) speaker!: string | null;
  @Field(() => Int, { nullable: true, description: 'Start, in milliseconds.' }) startMs!: number | null;
  @Field(() => Int, { nullable: true, description: 'End, in milliseconds.' }) endMs!: number | null;
  @Field(() => String, { description: 'What was said, exactly.' }) text!: string;
  @Field(() => Boolean, { description: "An interviewer's turn: shown, never evidence for a persona." }) isInterviewer!: boolean;
}

@ObjectType({ description: 'An interview transcript.' })
export class Interview {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => String, { description: 'Title.' }) title!: string;
  @Field(() => Date, { nullable: true, description: 'When it took place.' }) conductedAt!: Date | null;
  @Field(() => Participant, { nullable: true, description: 'Who was interviewed.' }) participant!: Participant | null;
  @Field(() => [String], { description: "Speaker names that are the interviewer's." }) interviewerSpeakers!: string[];
  @Field(() => Int, { description: 'Number of turns.' }) segmentCount!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'The customer the interview is linked to, shown by its hash only ("Customer 3f9a1c"); null when it has no customer id. The identifier itself is never stored or shown.',
  })
  customerLabel!: string | null;
  studyId!: string;
}

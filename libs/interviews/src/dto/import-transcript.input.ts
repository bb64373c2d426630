import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import type { TranscriptFormat } from '../parsers';
import { TranscriptFormatEnum } from '../models/interview.model';

@InputType({ description: 'A transcript to import.' })
export class ImportTranscriptInput {
  @Field(() => ID, { description: 'The study.' })
  @IsUUID('all', { message: 'studyId must be a study id.' })
  studyId!: string;
  @Field(() => String, { description: 'Title.' })
  @Length(1, 300, { message: 'Give the interview a title of 1 to 300 characters.' })
  title!: string;
  @Field(() => TranscriptFormatEnum, { description: 'PLAIN, VTT, SRT or JSON.' }) format!: TranscriptFormat;
  @Field(() => String, { description: 'The file content.' }) content!: string;
  @Field(() => String, { nullable: true, description: 'Who was interviewed (a pseudonym); the same label links sources.' })
  @IsOptional()
  @Length(1, 200, { message: 'Keep the participant label under 200 characters.' })
  participantLabel?: string | null;
  @Field(() => [String], { nullable: true, description: "Speaker names in the transcript that are the interviewer's, not the participant's." })
  @IsOptional()
  @ArrayMaxSize(20)
  interviewerSpeakers?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The interviewee's customer identifier (a user id or email, as a survey's hidden customer_id or a ticket names it): stored only as the study's salted hash, it links the interview to that customer's participant.",
  })
  @IsOptional()
  @Length(1, 200, { message: 'Keep the customer id under 200 characters.' })
  customerId?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it took place.' })
  @IsOptional()
  conductedAt?: Date | null;
}


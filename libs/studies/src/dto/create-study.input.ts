import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length, MaxLength } from 'class-validator';

@InputType({ description: 'A new study in a workspace.' })
export class CreateStudyInput {
  @Field(() => ID, { description: 'Workspace that will hold the study.' })
  @IsUUID('all', { message: 'workspaceId must be a workspace id.' })
  workspaceId!: string;

  @Field(() => String, { description: 'Study name.' })
  @Length(1, 200, { message: 'Give the study a name of 1 to 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the study is about.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the description under 5,000 characters.' })
  description?: string | null;
}

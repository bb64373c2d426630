import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUUID, Length, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address used to sign in.' })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.com.' })
  @MaxLength(254, { message: 'The email address is too long.' })
  email!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  @MinLength(10, { message: 'Choose a password of at least 10 characters.' })
  @MaxLength(200, { message: 'Choose a password of at most 200 characters.' })
  password!: string;

  @Field(() => String, { description: 'Display name.' })
  @Length(1, 120, { message: 'Enter your name (up to 120 characters).' })
  name!: string;
}

@InputType({ description: 'Credentials to sign in.' })
export class LogInInput {
  @Field(() => String, { description: 'Email address.' })
  @MaxLength(254, { message: 'The email address is too long.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(200, { message: 'The password is too long.' })
  password!: string;
}

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


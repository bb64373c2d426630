import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, Length, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address used to sign in.' })
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.com.' })
  @MaxLength(254, { message: 'The email address is too long.' })
  email!: string;

  @Field(() => String, {
    description:
      'At least 10 characters, not only spaces, and not easy to guess: common passwords, simple patterns and ones made of the name or email are refused.',
  })
  @MinLength(10, { message: 'Choose a password of at least 10 characters.' })
  @MaxLength(200, { message: 'Choose a password of at most 200 characters.' })
  password!: string;

  @Field(() => String, { description: 'Display name.' })
  @Length(1, 120, { message: 'Enter your name (up to 120 characters).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The token of a workspace invitation link (`/join/<token>`) mailed to this email: the new account joins that workspace. A link that cannot be used (expired, withdrawn, for another address) refuses the sign-up.',
  })
  @IsOptional()
  @MaxLength(200, { message: 'The invitation link is too long.' })
  invitationToken?: string | null;
}

@InputType({ description: 'Credentials to sign in.' })
export class LogInInput {
  @Field(() => String, { description: 'Email address.' })
  @MaxLength(254, { message: 'The email address is too long.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(200, { message: 'The password is too long.' })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The `deviceToken` of this client's last sign-in to this account: a client that signed in before keeps signing in while others guessing the password are throttled.",
  })
  @IsOptional()
  @MaxLength(200, { message: 'The device token is too long.' })
  deviceToken?: string | null;
}

@InputType({ description: 'A new password for the signed-in account, with its current one.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password the account has now.' })
  @MaxLength(200, { message: 'The password is too long.' })
  currentPassword!: string;

  @Field(() => String, {
    description:
      'At least 10 characters, not only spaces, and not easy to guess (the rules of signUp).',
  })
  @MinLength(10, { message: 'Choose a password of at least 10 characters.' })
  @MaxLength(200, { message: 'Choose a password of at most 200 characters.' })
  newPassword!: string;
}

import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Invitation } from '../models/survey.model';

export const InvitationDeliveryStateEnum = {
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  OPENED: 'OPENED',
  STARTED: 'STARTED',
  COMPLETED: 'COMPLETED',
  BOUNCED: 'BOUNCED',
  UNSUBSCRIBED: 'UNSUBSCRIBED',
} as const;
export type InvitationDeliveryState = keyof typeof InvitationDeliveryStateEnum;

export const AddressRejectionEnum = {
  INVALID_ADDRESS: 'INVALID_ADDRESS',
  DUPLICATE: 'DUPLICATE',
  ALREADY_INVITED: 'ALREADY_INVITED',
  UNSUBSCRIBED: 'UNSUBSCRIBED',
} as const;
export type AddressRejection = keyof typeof AddressRejectionEnum;

registerEnumType(InvitationDeliveryStateEnum, {
  name: 'InvitationDeliveryState',
  description:
    'Where a mailed invitation stands: QUEUED (waiting for the mail server), SENT, OPENED (the link was loaded), STARTED, COMPLETED, BOUNCED (the mail server refused it after every retry) or UNSUBSCRIBED.',
});
registerEnumType(AddressRejectionEnum, {
  name: 'AddressRejection',
  description: 'Why a line of an address list got no invitation.',
});

@ObjectType({ description: 'The mails of an invitation: state, times and reminders.' })
export class InvitationDelivery {
  @Field(() => InvitationDeliveryStateEnum, { description: 'Where the invitation stands.' })
  state!: InvitationDeliveryState;
  @Field(() => Date, {
    nullable: true,
    description: 'When the newest mail reached the mail server.',
  })
  sentAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the link was first loaded.' })
  openedAt!: Date | null;
  @Field(() => Int, { description: 'Reminders sent so far.' }) reminders!: number;
  @Field(() => Int, { description: 'Reminders allowed for this invitation (0–5).' })
  maxReminders!: number;
  @Field(() => Int, { nullable: true, description: 'Days after the last mail a reminder goes.' })
  reminderAfterDays!: number | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the next reminder is due, or null when none will go.',
  })
  nextReminderAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: "The mail server's last refusal, shortened.",
  })
  lastError!: string | null;
}

@ObjectType({ description: 'A line of an address list that got no invitation, and why.' })
export class RejectedAddress {
  @Field(() => Int, {
    description: 'Line of the pasted text (row of a CSV file, its header being 1).',
  })
  line!: number;
  @Field(() => String, { description: 'What the line said (up to 200 characters).' }) text!: string;
  @Field(() => AddressRejectionEnum, { description: 'Why.' }) reason!: AddressRejection;
  @Field(() => String, { description: 'Why, in a sentence.' }) message!: string;
}

@ObjectType({ description: 'What sendSurveyInvitations did with each line.' })
export class InvitationSendReport {
  @Field(() => [Invitation], { description: 'New invitations, one mail each queued.' })
  sent!: Invitation[];
  @Field(() => [RejectedAddress], { description: 'Lines that got no invitation, in order.' })
  rejected!: RejectedAddress[];
  @Field(() => Boolean, {
    description:
      'False when this server has no mail server: the mails go to its log; copy the links instead.',
  })
  emailEnabled!: boolean;
}

@InputType({ description: 'Addresses to invite by email, and their reminders.' })
export class SendSurveyInvitationsInput {
  @Field(() => ID, { description: 'The survey (OPEN).' })
  @IsUUID('all', { message: 'surveyId must be a survey id.' })
  surveyId!: string;
  @Field(() => String, {
    description:
      'Addresses: one per line, or separated by commas or semicolons, or the text of a CSV file with an "email" column (at most 5,000).',
  })
  @MaxLength(1_000_000, {
    message: 'The address list is too long: send at most 5,000 addresses at a time.',
  })
  addresses!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Remind those who have not completed this many days after the last mail (1–365).',
  })
  @IsOptional()
  @Min(1, { message: 'Remind after at least 1 day.' })
  @Max(365, { message: 'Remind within 365 days.' })
  reminderAfterDays?: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'At most this many reminders per address (0–5; default 1 when reminderAfterDays is given, else 0).',
  })
  @IsOptional()
  @Min(0, { message: 'Reminders cannot be negative.' })
  @Max(5, { message: 'Send at most 5 reminders.' })
  maxReminders?: number | null;
}

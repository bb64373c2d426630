import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn } from 'class-validator';
import { NOTIFICATION_KINDS, NotificationKind } from '../notification-kind';

@InputType({ description: 'A choice for one kind of notification.' })
export class NotificationSettingInput {
  @Field(() => NotificationKind, { description: 'The kind.' })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;
  @Field(() => Boolean, { description: 'Send an email for it.' })
  @IsBoolean()
  email!: boolean;
}

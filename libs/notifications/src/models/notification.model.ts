import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '../notification-kind';

@ObjectType({ description: 'Something that happened that concerns the signed-in user.' })
export class Notification {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => NotificationKind, { description: 'What it is about.' }) kind!: NotificationKind;
  @Field(() => String, {
    description: 'One plain sentence, e.g. "Ana asked you to review “Busy parent”".',
  })
  title!: string;
  @Field(() => String, { description: 'The app path to open, e.g. "/personas/<id>".' })
  link!: string;
  @Field(() => ID, { description: 'The workspace it happened in.' }) workspaceId!: string;
  @Field(() => ID, { nullable: true, description: 'The study it concerns, if any.' })
  studyId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The thing it concerns (e.g. the persona id).' })
  subjectId!: string | null;
  /** Resolved with the accounts of one page in one query (see NotificationFieldsResolver). */
  actorId!: string | null;
  @Field(() => Date, { description: 'When it happened.' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the user read it; null while unread.' })
  readAt!: Date | null;
  @Field(() => Boolean, { description: 'Whether the user has read it.' }) read!: boolean;
}

@ObjectType({ description: "A page of the signed-in user's notifications, newest first." })
export class NotificationConnection {
  @Field(() => [Notification], { description: 'This page.' }) nodes!: Notification[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: "The signed-in user's choice for one kind of notification." })
export class NotificationSetting {
  @Field(() => NotificationKind, { description: 'The kind.' }) kind!: NotificationKind;
  @Field(() => Boolean, {
    description:
      'Send an email too (the inbox always shows it). Default: on for review requests, requested changes and mentions.',
  })
  email!: boolean;
}

import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about. Adding a kind is additive; never remove one (the contract keeps enum values). */
export const NotificationKind = {
  REVIEW_REQUESTED: 'REVIEW_REQUESTED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  PERSONA_APPROVED: 'PERSONA_APPROVED',
  PERSONA_REJECTED: 'PERSONA_REJECTED',
  SYNTHESIS_FINISHED: 'SYNTHESIS_FINISHED',
  MENTIONED: 'MENTIONED',
  COMMENTED: 'COMMENTED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** Every kind, in the order the settings list shows them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** Kinds that send an email unless the user turned it off: the ones that ask something of the recipient. */
export const EMAIL_ON_BY_DEFAULT: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'REVIEW_REQUESTED',
  'CHANGES_REQUESTED',
  'MENTIONED',
]);

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
});

/** One notification to write, for one or more recipients (the actor is skipped automatically). */
export interface NewNotification {
  workspaceId: string;
  /** Recipients; duplicates and the actor are dropped. */
  userIds: string[];
  kind: NotificationKind;
  actorId: string | null;
  /** One plain sentence: "Ana asked you to review “Busy parent”". */
  title: string;
  /** An app path: "/personas/<id>". */
  link: string;
  studyId?: string;
  /** E.g. the persona id. */
  subjectId?: string;
}

import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, type AuthUser, CurrentUser, User, UserReader, batchLoad } from '@persona-lab/auth';
import { NotificationSettingInput } from './dto/notification-setting.input';
import {
  Notification,
  NotificationConnection,
  NotificationSetting,
} from './models/notification.model';
import { NotificationsService } from './notifications.service';

/** The signed-in user's inbox and email settings (their own rows only). */
@Resolver()
@Access('user')
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description:
      "The signed-in user's notifications in the workspaces they belong to, newest first (`first`: 1 to 100).",
  })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    return this.service.list(user, first, after, unreadOnly);
  }

  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread." })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Int, {
    description:
      "Marks these of the signed-in user's notifications read; returns how many were unread. Other users' ids change nothing.",
  })
  markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(user, ids);
  }

  @Mutation(() => Int, {
    description: "Marks all the signed-in user's notifications read; returns how many were unread.",
  })
  markAllNotificationsRead(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.markAllRead(user);
  }

  @Query(() => [NotificationSetting], {
    description: "The signed-in user's email choice for every kind of notification.",
  })
  notificationSettings(@CurrentUser() user: AuthUser): Promise<NotificationSetting[]> {
    return this.service.settingsOf(user);
  }

  @Mutation(() => [NotificationSetting], {
    description:
      'Changes the email choice for the kinds given (others keep theirs); returns every kind.',
  })
  updateNotificationSettings(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => [NotificationSettingInput] }) input: NotificationSettingInput[],
  ): Promise<NotificationSetting[]> {
    return this.service.updateSettings(user, input);
  }
}

/** The actor of each notification of a page, read in one query. */
@Resolver(() => Notification)
export class NotificationFieldsResolver {
  constructor(private readonly users: UserReader) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who did it; null for the system (e.g. a finished run) or a deleted account.',
  })
  actor(@Parent() n: Notification, @Context() ctx: object): Promise<User | null> {
    if (!n.actorId) return Promise.resolve(null);
    return batchLoad(
      ctx,
      'notifications.actor',
      async (ids: readonly string[]) => {
        const users = await this.users.mapByIds(ids);
        return ids.map((id) => users.get(id) ?? null);
      },
      n.actorId,
    );
  }
}

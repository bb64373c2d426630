import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { NotificationRepository } from './data/notification.repository';
import { NOTIFICATIONS_ENTITIES } from './data/notifications.entities';
import { NotificationWriter } from './notification.writer';
import { NotificationSettingRepository } from './data/notification-setting.repository';
import { NotificationFieldsResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NOTIFICATIONS_PUBLIC_URL } from './notifications.tokens';

export interface NotificationsModuleOptions {
  /** `MailModule.forRoot(...)` from the app: mails for notifications go through its outbox. */
  mail: DynamicModule;
  /** Base of the links in mails (config PUBLIC_URL). */
  publicUrl: string;
}

/** Notifications: the writer other libs call inside their transactions, the inbox API and email settings. */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsModuleOptions): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), AuthModule, options.mail],
      providers: [
        { provide: NOTIFICATIONS_PUBLIC_URL, useValue: options.publicUrl.replace(/\/+$/, '') },
        NotificationRepository,
        NotificationSettingRepository,
        NotificationWriter,
        NotificationsService,
        NotificationsResolver,
        NotificationFieldsResolver,
      ],
      exports: [NotificationWriter],
    };
  }
}

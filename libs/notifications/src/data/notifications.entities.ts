import { NotificationSettingEntity } from './notification-setting.entity';
import { NotificationEntity } from './notification.entity';

/** The tables notifications owns: notification, notification_setting. */
export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationSettingEntity];

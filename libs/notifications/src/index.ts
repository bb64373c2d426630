export { NotificationsModule, type NotificationsModuleOptions } from './notifications.module';
export { NotificationWriter } from './notification.writer';
export {
  NotificationKind,
  NOTIFICATION_KINDS,
  EMAIL_ON_BY_DEFAULT,
  type NewNotification,
} from './notification-kind';
export { NOTIFICATIONS_ENTITIES } from './data/notifications.entities';

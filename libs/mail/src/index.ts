export { MailModule, type MailModuleOptions } from './mail.module';
export { MailService } from './data/mail.service';
export { MailDeliveryReader } from './data/mail-delivery.reader';
export { MAIL_ENTITIES } from './data/mail.entities';
export type { OutgoingMail, MailDelivery, MailStatus, MailLog } from './outgoing-mail';
export { renderMail, escapeHtml, type MailContent } from './render-mail';

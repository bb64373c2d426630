import { MailOutboxEntity } from './mail-outbox.entity';

export const MAIL_ENTITIES = [MailOutboxEntity];

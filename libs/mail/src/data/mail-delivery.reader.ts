import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { MailDelivery, MailStatus } from '../outgoing-mail';
import { MailOutboxEntity } from './mail-outbox.entity';

/** Delivery status of mails for other libs (e.g. an invitation's "sent" / "bounced"). */
@Injectable()
export class MailDeliveryReader {
  constructor(
    @InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>,
  ) {}

  /** The newest mail per refId of a category. */
  async byRef(category: string, refIds: string[]): Promise<Map<string, MailDelivery>> {
    const result = new Map<string, MailDelivery>();
    if (refIds.length === 0) return result;
    const rows: (MailDelivery & { refId: string })[] = await this.repo.query(
      `SELECT DISTINCT ON (ref_id) ref_id AS "refId", id, status, attempts, last_error AS "lastError", sent_at AS "sentAt"
         FROM mail_outbox WHERE category = $1 AND ref_id = ANY($2::text[])
        ORDER BY ref_id, created_at DESC, id DESC`,
      [category, refIds],
    );
    for (const { refId, ...d } of rows) result.set(refId, { ...d, status: d.status as MailStatus });
    return result;
  }
}

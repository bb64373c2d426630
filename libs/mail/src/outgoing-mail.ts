/** One mail to one recipient, as callers hand it to `MailService.enqueue`. */
export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain-text body. */
  text: string;
  /** HTML body: no tracking pixels, no remote images (see `renderMail`). */
  html: string;
  /** 'survey-invitation' | 'survey-reminder' | 'workspace-invitation' | 'password-reset' | 'notification' | … */
  category: string;
  /** The caller's row id (e.g. an invitation id), to read the delivery status back through `MailDeliveryReader`. */
  refId?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export type MailStatus = 'QUEUED' | 'SENT' | 'FAILED';

/** What `MailDeliveryReader.byRef` tells about the newest mail of a ref. */
export interface MailDelivery {
  id: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
}

/** The part of a pino logger mail uses (ids, categories and subjects only; never an address or a body). */
export interface MailLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

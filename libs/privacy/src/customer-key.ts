import { createHmac } from 'node:crypto';

/**
 * A customer identifier as a source names it (an email, a user id, a Zendesk requester id…),
 * normalised so the same person gives the same key everywhere: trimmed, lower-cased, inner
 * whitespace collapsed to one space. Emails are case-insensitive in practice, so lower-casing
 * everything is what makes "Ana@Example.com" and "ana@example.com " one customer.
 */
export function normalizeCustomerKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The only form a customer identifier is ever stored in: base64url(HMAC-SHA256(secret,
 * studyId + NUL + normalised key)). Salted per study, so the same customer in two studies gives
 * two unrelated hashes; without the secret a hash cannot be checked against a guessed email.
 */
export function hashCustomerKey(secret: string, studyId: string, raw: string): string {
  return createHmac('sha256', secret)
    .update(`${studyId}\u0000${normalizeCustomerKey(raw)}`)
    .digest('base64url');
}

/** The label a customer is shown by, from its hash only: "Customer 3f9a1c". */
export function customerLabel(keyHash: string): string {
  const hex = Buffer.from(keyHash, 'base64url').subarray(0, 3).toString('hex');
  return `Customer ${hex}`;
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotifyEvent } from './events.js';

/** Header carrying the HMAC, named after GitHub's X-Hub-Signature-256 so receivers can reuse their check. */
export const SIGNATURE_HEADER = 'X-Stagegate-Signature-256';

/** The generic webhook's body: the event as is, with a format version for receivers. */
export function formatWebhookMessage(event: NotifyEvent): Record<string, unknown> {
  return { source: 'stagegate', format: 1, event };
}

/** `sha256=<hex>` of HMAC-SHA256 over the exact body bytes, as GitHub signs its webhooks. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * Headers for a generic webhook delivery: what happened and its id (so a
 * receiver can drop a retried duplicate), and the signature when a secret is set.
 */
export function webhookHeaders(event: NotifyEvent, body: string, secret?: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Stagegate-Event': event.kind, 'X-Stagegate-Delivery': event.id };
  if (secret) headers[SIGNATURE_HEADER] = signBody(body, secret);
  return headers;
}

/**
 * Checks a received body against its signature header in constant time: what
 * a receiver of stagegate's webhook (or a test sink) runs before trusting it.
 */
export function verifySignature(body: string, secret: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const got = Buffer.from(header);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

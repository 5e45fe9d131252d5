/**
 * @module The development inbox: webhooks this worker delivered to itself under `npm start`.
 * Its table is made by seed/dev.sql, never by a migration, so it does not exist in production.
 */

/** Which signature a delivery carried: Standard Webhooks, the legacy `X-CyberScan-*` one, or none. */
export type InboxSignature = 'standard' | 'legacy' | 'none';

/** One webhook as the development inbox received it. */
export interface InboxDelivery {
  /** ISO 8601 UTC. */
  readonly receivedAt: string;
  /** `webhook-id` (or legacy `X-CyberScan-Delivery`): the reference, with `/withdrawn` for a withdrawal notice. */
  readonly delivery: string;
  readonly signature: InboxSignature;
  readonly signatureOk: boolean;
  /** The request body as received. */
  readonly payload: string;
}

/** Keeps one received webhook. */
export async function recordInboxDelivery(db: D1Database, delivery: InboxDelivery): Promise<void> {
  await db
    .prepare('INSERT INTO dev_inbox_received (received_at, delivery, signature, signature_ok, payload) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(delivery.receivedAt, delivery.delivery, delivery.signature, delivery.signatureOk ? 1 : 0, delivery.payload)
    .run();
}

/** The most recent deliveries, newest first. */
export async function listInboxDeliveries(db: D1Database, limit = 100): Promise<InboxDelivery[]> {
  const { results } = await db
    .prepare('SELECT received_at, delivery, signature, signature_ok, payload FROM dev_inbox_received ORDER BY id DESC LIMIT ?1')
    .bind(limit)
    .all<{ received_at: string; delivery: string; signature: InboxSignature; signature_ok: 0 | 1; payload: string }>();
  return results.map((row) => ({
    receivedAt: row.received_at,
    delivery: row.delivery,
    signature: row.signature,
    signatureOk: row.signature_ok === 1,
    payload: row.payload,
  }));
}

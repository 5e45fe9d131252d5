/** @module Delivery at a glance, for operators: counts per delivery status and the oldest referral still owed. */
import type { DeliveryStatusReport } from '../../core/delivery-api';
import { INBOX_DELIVERY_STATUSES as STATUSES } from '../../core/referral-workflow';

/**
 * Counts per delivery status, and how long the oldest referral not yet delivered (pending or
 * queued) has waited since it was made, in whole seconds (null when none): a stall shows as a
 * growing age, whatever the cause.
 */
export async function deliveryStatusReport(db: D1Database, now: Date = new Date()): Promise<DeliveryStatusReport> {
  const [counts, oldest] = await db.batch<{ delivery_status: string; n: number } & { created_at: string | null }>([
    db.prepare('SELECT delivery_status, count(*) AS n FROM referrals GROUP BY delivery_status'),
    db.prepare(`SELECT min(created_at) AS created_at FROM referrals WHERE delivery_status IN ('pending', 'queued')`),
  ]);
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<(typeof STATUSES)[number], number>;
  for (const row of counts?.results ?? []) if (row.delivery_status in byStatus) byStatus[row.delivery_status as keyof typeof byStatus] = row.n;
  const oldestAt = oldest?.results[0]?.created_at ?? null;
  return {
    counts: byStatus,
    oldestUndeliveredAgeSeconds: oldestAt === null ? null : Math.max(0, Math.floor((now.getTime() - Date.parse(oldestAt)) / 1000)),
  };
}

/**
 * Ids of failed referrals that still have their data, of one network or (null) all, oldest
 * first, at most `limit`: what "resend all failed" hands back to the queue.
 */
export async function listFailedReferralIds(db: D1Database, networkId: string | null, limit = 100): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT id FROM referrals WHERE delivery_status = 'failed' AND erased_at IS NULL AND (?1 IS NULL OR network_id = ?1)
       ORDER BY created_at, id LIMIT ?2`,
    )
    .bind(networkId, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

/** A referral by reference within a network scope (null: all), with what resending needs; null if unknown there. */
export async function deliveryOf(
  db: D1Database,
  reference: string,
  networkId: string | null,
): Promise<{ id: string; deliveryStatus: string; erased: boolean } | null> {
  const row = await db
    .prepare('SELECT id, delivery_status, erased_at FROM referrals WHERE reference = ?1 AND (?2 IS NULL OR network_id = ?2)')
    .bind(reference, networkId)
    .first<{ id: string; delivery_status: string; erased_at: string | null }>();
  return row === null ? null : { id: row.id, deliveryStatus: row.delivery_status, erased: row.erased_at !== null };
}

/**
 * @module Erasing a referral's personal data: after the retention period (the daily job) or at
 * once when the entrepreneur withdraws. What stays is an anonymous row for counts: network,
 * partner, status, created day, band, score, sector, size, language, whether answers were shared.
 */

/**
 * The SET clause of every erasure; `at` is the placeholder of the erasure time (e.g. `?3`).
 * The reference stays, so the network can still match a withdrawal against its own copy.
 * The idempotency key is replaced by a random one: a repeat of the original request after erasure
 * would otherwise find nothing to answer with. Delivery still waiting is cancelled.
 */
export const erasure = (at: string) => `postcode = NULL, company_name = NULL, contact_name = NULL, email = NULL,
  phone = NULL, message = NULL, answers = NULL, note = NULL, scan_planned_by = NULL,
  created_at = substr(created_at, 1, 10) || 'T00:00:00.000Z',
  idempotency_key_hash = lower(hex(randomblob(32))),
  delivery_status = CASE WHEN delivery_status IN ('pending', 'queued') THEN 'cancelled' ELSE delivery_status END,
  erased_at = ${at}`;

/** How long personal data of a referral is kept. */
export interface RetentionPolicy {
  /** Days after a referral was closed (scan done or declined). */
  readonly daysAfterClose: number;
  /** Days after it was made, whatever its status: the hard limit. */
  readonly maxDays: number;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Erases every live referral closed more than `daysAfterClose` days before `now`, or made more
 * than `maxDays` days before it, with its delivery attempts (they describe sending personal data
 * and serve no count). Returns how many referrals were erased.
 */
export async function eraseExpiredReferrals(db: D1Database, policy: RetentionPolicy, now: Date): Promise<number> {
  const expired = `erased_at IS NULL AND ((closed_at IS NOT NULL AND closed_at < ?1) OR created_at < ?2)`;
  const bounds = [daysBefore(now, policy.daysAfterClose), daysBefore(now, policy.maxDays)];
  const [, erased] = await db.batch([
    db.prepare(`DELETE FROM delivery_attempts WHERE referral_id IN (SELECT id FROM referrals WHERE ${expired})`).bind(...bounds),
    db.prepare(`UPDATE referrals SET ${erasure('?3')} WHERE ${expired}`).bind(...bounds, now.toISOString()),
  ]);
  return erased?.meta.changes ?? 0;
}

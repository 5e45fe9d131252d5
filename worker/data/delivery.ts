/** @module Delivering referrals to networks: status changes and the log of each attempt. */
import type { DeliveryAttempt } from '../../core/console-api';
import type { ChannelKind } from './channels';
import type { DeliveryStatus } from './referrals';

export type { DeliveryAttempt };
export type AttemptOutcome = DeliveryAttempt['outcome'];

/** A referral the sweep should send again. */
export interface UndeliveredReferral {
  readonly id: string;
  readonly deliveryStatus: Extract<DeliveryStatus, 'pending' | 'queued'>;
  readonly createdAt: string;
  readonly queuedAt: string | null;
}

/** Longest `detail` kept: enough for a status line, too short to smuggle a payload into the log. */
export const DETAIL_MAX_LENGTH = 200;

const changed = (result: D1Result): boolean => result.meta.changes > 0;

/** Marks a referral as handed to the queue; a delivered one stays delivered. False if nothing changed. */
export async function markQueued(db: D1Database, referralId: string, at: Date = new Date()): Promise<boolean> {
  return changed(
    await db
      .prepare(`UPDATE referrals SET delivery_status = 'queued', queued_at = ?2 WHERE id = ?1 AND delivery_status <> 'delivered'`)
      .bind(referralId, at.toISOString())
      .run(),
  );
}

/** Marks a referral as received by its network. False if unknown or already delivered. */
export async function markDelivered(db: D1Database, referralId: string, at: Date = new Date()): Promise<boolean> {
  return changed(
    await db
      .prepare(`UPDATE referrals SET delivery_status = 'delivered', delivered_at = ?2 WHERE id = ?1 AND delivery_status <> 'delivered'`)
      .bind(referralId, at.toISOString())
      .run(),
  );
}

/** Gives up on delivering a referral (an operator can queue it again). A delivered one stays delivered. */
export async function markFailed(db: D1Database, referralId: string): Promise<boolean> {
  return changed(
    await db
      .prepare(`UPDATE referrals SET delivery_status = 'failed' WHERE id = ?1 AND delivery_status IN ('pending', 'queued')`)
      .bind(referralId)
      .run(),
  );
}

/** Logs one delivery attempt; `detail` is cut to {@link DETAIL_MAX_LENGTH} characters. */
export async function recordAttempt(
  db: D1Database,
  referralId: string,
  kind: ChannelKind,
  outcome: AttemptOutcome,
  detail: string,
  at: Date = new Date(),
): Promise<void> {
  await db
    .prepare('INSERT INTO delivery_attempts (referral_id, channel_kind, attempted_at, outcome, detail) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(referralId, kind, at.toISOString(), outcome, detail.slice(0, DETAIL_MAX_LENGTH))
    .run();
}

/** A referral's delivery attempts, oldest first. */
export async function listAttempts(db: D1Database, referralId: string): Promise<DeliveryAttempt[]> {
  const { results } = await db
    .prepare('SELECT channel_kind, attempted_at, outcome, detail FROM delivery_attempts WHERE referral_id = ?1 ORDER BY attempted_at, id')
    .bind(referralId)
    .all<{ channel_kind: ChannelKind; attempted_at: string; outcome: AttemptOutcome; detail: string }>();
  return results.map((row) => ({
    channelKind: row.channel_kind,
    attemptedAt: row.attempted_at,
    outcome: row.outcome,
    detail: row.detail,
  }));
}

/**
 * Referrals still pending or queued since before `olderThanIso` (ISO 8601 UTC), oldest first, at
 * most `limit`: for a cron that queues them again. A queued referral counts from when it was last
 * queued, so a sweep does not resend what the queue is still working on.
 */
export async function listUndelivered(db: D1Database, olderThanIso: string, limit = 100): Promise<UndeliveredReferral[]> {
  const { results } = await db
    .prepare(
      `SELECT id, delivery_status, created_at, queued_at FROM referrals
       WHERE delivery_status IN ('pending', 'queued') AND coalesce(queued_at, created_at) < ?1
       ORDER BY created_at, id LIMIT ?2`,
    )
    .bind(olderThanIso, limit)
    .all<{ id: string; delivery_status: UndeliveredReferral['deliveryStatus']; created_at: string; queued_at: string | null }>();
  return results.map((row) => ({
    id: row.id,
    deliveryStatus: row.delivery_status,
    createdAt: row.created_at,
    queuedAt: row.queued_at,
  }));
}

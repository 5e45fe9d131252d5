/** @module Delivering referrals to networks: status changes and the log of each attempt. */
import type { DeliveryAttempt } from '../../core/inbox';
import type { ChannelKind } from './channels';

export type { DeliveryAttempt };
export type AttemptOutcome = DeliveryAttempt['outcome'];

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

/** Gives up on delivering a referral (an operator can resend it: console or admin tool). A delivered one stays delivered. */
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

/** Where a page of {@link listOwedHandOvers} ended; the next page starts after it. */
export interface HandOverCursor {
  readonly due: string;
  readonly id: string;
}

/**
 * Referrals owed a hand-over to the queue, longest owed first, at most `limit` after `after`:
 * 'pending' since before `pendingBefore` (the queue refused it) or 'queued' since before
 * `queuedBefore` (its retries must be over, so its message was lost). Both cut-offs are in the
 * SQL: a referral in normal retry is never selected, so however many there are, they cannot
 * crowd out one that is owed. Times are ISO 8601 UTC; a referral counts from its last hand-over.
 */
export async function listOwedHandOvers(
  db: D1Database,
  cutoffs: { readonly pendingBefore: string; readonly queuedBefore: string },
  after: HandOverCursor | null,
  limit = 100,
): Promise<{ ids: string[]; next: HandOverCursor | null }> {
  // Each branch repeats the partial index's WHERE, so SQLite can use the index.
  const { results } = await db
    .prepare(
      `SELECT id, due FROM (
         SELECT id, coalesce(queued_at, created_at) AS due FROM referrals
         WHERE delivery_status IN ('pending', 'queued') AND delivery_status = 'pending' AND coalesce(queued_at, created_at) < ?1
         UNION ALL
         SELECT id, coalesce(queued_at, created_at) AS due FROM referrals
         WHERE delivery_status IN ('pending', 'queued') AND delivery_status = 'queued' AND coalesce(queued_at, created_at) < ?2
       ) WHERE (due, id) > (?3, ?4) ORDER BY due, id LIMIT ?5`,
    )
    .bind(cutoffs.pendingBefore, cutoffs.queuedBefore, after?.due ?? '', after?.id ?? '', limit)
    .all<{ id: string; due: string }>();
  const last = results.at(-1);
  return { ids: results.map((row) => row.id), next: results.length === limit && last ? { due: last.due, id: last.id } : null };
}

/**
 * Marks many referrals as handed to the queue at once (at most a few hundred ids), a failed one
 * too (resent); one delivered or cancelled stays so. Returns how many changed.
 */
export async function markManyQueued(db: D1Database, referralIds: readonly string[], at: Date): Promise<number> {
  const { meta } = await db
    .prepare(
      `UPDATE referrals SET delivery_status = 'queued', queued_at = ?2
       WHERE id IN (SELECT value FROM json_each(?1)) AND delivery_status IN ('pending', 'queued', 'failed')`,
    )
    .bind(JSON.stringify(referralIds), at.toISOString())
    .run();
  return meta.changes;
}

/**
 * @module The notice a network is owed when a referral it may hold is withdrawn (migrations/0003):
 * its state on the referral row, which names no one. Per-channel tries are only logged: the
 * referral's own attempts went with its erasure, and the final state is what an operator needs.
 */

export type WithdrawalNoticeStatus = 'pending' | 'queued' | 'sent' | 'failed';

/** What the notice tells the network: the facts that identify the request, nothing personal. */
export interface WithdrawalNotice {
  readonly reference: string;
  readonly networkId: string;
  /** ISO 8601 UTC. */
  readonly withdrawnAt: string;
  readonly status: WithdrawalNoticeStatus;
}

/** The notice owed for a withdrawn referral, or null when it was never withdrawn (or is unknown). */
export async function getWithdrawalNotice(db: D1Database, referralId: string): Promise<WithdrawalNotice | null> {
  const row = await db
    .prepare('SELECT reference, network_id, withdrawn_at, withdrawal_notice FROM referrals WHERE id = ?1 AND withdrawal_notice IS NOT NULL')
    .bind(referralId)
    .first<{ reference: string; network_id: string; withdrawn_at: string; withdrawal_notice: WithdrawalNoticeStatus }>();
  return row === null
    ? null
    : { reference: row.reference, networkId: row.network_id, withdrawnAt: row.withdrawn_at, status: row.withdrawal_notice };
}

/** As SQL lists: a notice not sent yet, and one still owed (the sweep's business). */
const NOT_SENT = "('pending', 'queued', 'failed')";
const OWED = "('pending', 'queued')";

/** Moves a notice in a state of `fromSql` to `to`, at `at`; false if nothing changed. */
async function move(db: D1Database, referralId: string, fromSql: string, to: WithdrawalNoticeStatus, at: Date): Promise<boolean> {
  const result = await db
    .prepare(`UPDATE referrals SET withdrawal_notice = ?2, withdrawal_notice_at = ?3 WHERE id = ?1 AND withdrawal_notice IN ${fromSql}`)
    .bind(referralId, to, at.toISOString())
    .run();
  return result.meta.changes > 0;
}

/** Marks a notice as handed to the queue; one already sent stays sent (the consumer may be first). */
export const markNoticeQueued = (db: D1Database, referralId: string, at: Date = new Date()) =>
  move(db, referralId, NOT_SENT, 'queued', at);

/** Marks a notice as taken by a channel of the network. */
export const markNoticeSent = (db: D1Database, referralId: string, at: Date = new Date()) =>
  move(db, referralId, NOT_SENT, 'sent', at);

/** Gives up on a notice after its last try; the sweep leaves it alone from then on. */
export const markNoticeFailed = (db: D1Database, referralId: string, at: Date = new Date()) =>
  move(db, referralId, OWED, 'failed', at);

/**
 * Referral ids whose notice the sweep should queue again, oldest first, at most `limit`: 'pending'
 * since before `pendingBefore` (the queue refused it) or 'queued' since before `queuedBefore` (its
 * message was lost). Both ISO 8601 UTC.
 */
export async function listOwedNotices(db: D1Database, pendingBefore: string, queuedBefore: string, limit = 100): Promise<string[]> {
  const { results } = await db
    .prepare(
      // The first term repeats the partial index's WHERE, so SQLite can use the index.
      `SELECT id FROM referrals
       WHERE withdrawal_notice IN ${OWED}
         AND ((withdrawal_notice = 'pending' AND withdrawal_notice_at < ?1) OR (withdrawal_notice = 'queued' AND withdrawal_notice_at < ?2))
       ORDER BY withdrawal_notice_at, id LIMIT ?3`,
    )
    .bind(pendingBefore, queuedBefore, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

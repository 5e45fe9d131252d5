/** @module A network moves a referral along its workflow and keeps a short internal note on it. */
import type { StatusActor } from '../../core/console-api';
import { isClosing, type InboxStatus } from '../../core/referral-workflow';

export interface StatusUpdate {
  readonly reference: string;
  /** The status the caller saw; the update applies only if it is still the referral's status. */
  readonly from: InboxStatus;
  /** Equal to `from` for a change of note only. */
  readonly to: InboxStatus;
  /** undefined leaves the note as it is; null clears it. */
  readonly note?: string | null;
  readonly by: StatusActor;
}

/**
 * Applies `update` to the live (not erased) referral if its status is still `update.from`, with a
 * status change in the history when the status moves, and `closed_at` when it closes. False when
 * nothing matched: someone else changed it meanwhile (or it was erased). Moves are checked by the
 * caller against `nextStatuses`; this only keeps two consoles from overwriting each other.
 */
export async function updateReferralStatus(db: D1Database, update: StatusUpdate, now: Date = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const match = 'reference = ?1 AND status = ?2 AND erased_at IS NULL';
  const moves = update.from !== update.to;
  const closes = moves && isClosing(update.to);
  const keepNote = update.note === undefined;
  const statements = [
    ...(moves
      ? [
          db
            .prepare(
              `INSERT INTO referral_status_changes (referral_id, changed_at, from_status, to_status, changed_by)
               SELECT id, ?3, ?2, ?4, ?5 FROM referrals WHERE ${match}`,
            )
            .bind(update.reference, update.from, at, update.to, update.by),
        ]
      : []),
    db
      .prepare(
        `UPDATE referrals SET status = ?3, closed_at = CASE WHEN ?4 THEN ?5 ELSE closed_at END,
           note = CASE WHEN ?6 THEN note ELSE ?7 END
         WHERE ${match}`,
      )
      .bind(update.reference, update.from, update.to, closes ? 1 : 0, at, keepNote ? 1 : 0, update.note ?? null),
  ];
  const results = await db.batch(statements);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

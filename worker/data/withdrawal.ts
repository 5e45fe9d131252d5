/**
 * @module The entrepreneur withdraws a referral: its personal data is erased at once (the same
 * erasure as retention), an open referral becomes `withdrawn`, and the network sees that in its
 * console (status, `withdrawnAt`, and a status change by `entrepreneur`) and, through the queue,
 * in a notice on its channels (worker/data/withdrawal-notice.ts), which is owed from this moment.
 */
import { OPEN_STATUSES } from '../../core/referral-workflow';
import { erasure } from './retention';

/** The open statuses as an SQL `IN (...)` operand; the values are constants, never input. */
const OPEN_STATUSES_SQL = `(${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * Withdraws the live referral with this reference whose e-mail address is `email` (letter case
 * aside). Returns its id when one matched, else null. The same statements run whether or not one
 * matches, so the time taken tells a caller nothing; the route answers the same either way.
 *
 * A referral already closed keeps its status (a scan done stays done in the counts) but is erased
 * and gets `withdrawn_at` all the same.
 */
export async function withdrawReferral(db: D1Database, reference: string, email: string, now: Date = new Date()): Promise<string | null> {
  const match = 'reference = ?1 AND lower(email) = lower(?2) AND erased_at IS NULL';
  const params = [reference, email, now.toISOString()];
  // Only the last statement returns rows: the id of the referral withdrawn.
  const [, , withdrawn] = await db.batch<{ id: string }>([
    db
      .prepare(
        `INSERT INTO referral_status_changes (referral_id, changed_at, from_status, to_status, changed_by)
         SELECT id, ?3, status, 'withdrawn', 'entrepreneur' FROM referrals WHERE ${match} AND status IN ${OPEN_STATUSES_SQL}`,
      )
      .bind(...params),
    db.prepare(`DELETE FROM delivery_attempts WHERE referral_id IN (SELECT id FROM referrals WHERE ${match})`).bind(reference, email),
    // SET expressions read the row as it was, so status and closed_at see the old status. The
    // notice is owed in the same write as the erasure: should the queue refuse it, the sweep finds it.
    db
      .prepare(
        `UPDATE referrals SET ${erasure('?3')}, withdrawn_at = ?3,
           closed_at = CASE WHEN status IN ${OPEN_STATUSES_SQL} THEN ?3 ELSE closed_at END,
           status = CASE WHEN status IN ${OPEN_STATUSES_SQL} THEN 'withdrawn' ELSE status END,
           withdrawal_notice = 'pending', withdrawal_notice_at = ?3
         WHERE ${match}
         RETURNING id`,
      )
      .bind(...params),
  ]);
  return withdrawn?.results[0]?.id ?? null;
}

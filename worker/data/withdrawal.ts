/**
 * @module The entrepreneur withdraws a referral: its personal data is erased at once (the same
 * erasure as retention), an open referral becomes `withdrawn`, and the network sees that in its
 * console (status, `withdrawnAt`, and a status change by `entrepreneur`).
 */
import { OPEN_STATUSES_SQL } from './referral-inbox-workflow';
import { erasure } from './retention';

/**
 * Withdraws the live referral with this reference whose e-mail address is `email` (letter case
 * aside). True when one matched. The same statements run whether or not one matches, so the time
 * taken tells a caller nothing; the route answers the same either way.
 *
 * A referral already closed keeps its status (a scan done stays done in the counts) but is erased
 * and gets `withdrawn_at` all the same.
 */
export async function withdrawReferral(db: D1Database, reference: string, email: string, now: Date = new Date()): Promise<boolean> {
  const match = 'reference = ?1 AND lower(email) = lower(?2) AND erased_at IS NULL';
  const params = [reference, email, now.toISOString()];
  const [, , withdrawn] = await db.batch([
    db
      .prepare(
        `INSERT INTO referral_status_changes (referral_id, changed_at, from_status, to_status, changed_by)
         SELECT id, ?3, status, 'withdrawn', 'entrepreneur' FROM referrals WHERE ${match} AND status IN ${OPEN_STATUSES_SQL}`,
      )
      .bind(...params),
    db.prepare(`DELETE FROM delivery_attempts WHERE referral_id IN (SELECT id FROM referrals WHERE ${match})`).bind(reference, email),
    // SET expressions read the row as it was, so status and closed_at see the old status.
    db
      .prepare(
        `UPDATE referrals SET ${erasure('?3')}, withdrawn_at = ?3,
           closed_at = CASE WHEN status IN ${OPEN_STATUSES_SQL} THEN ?3 ELSE closed_at END,
           status = CASE WHEN status IN ${OPEN_STATUSES_SQL} THEN 'withdrawn' ELSE status END
         WHERE ${match}`,
      )
      .bind(...params),
  ]);
  return (withdrawn?.meta.changes ?? 0) > 0;
}

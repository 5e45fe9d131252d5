/**
 * @module The confirmation e-mail an entrepreneur is owed for a referral (migrations/0016): its
 * state on the referral row, and what it needs to be written. An erased referral owes nothing.
 */
import type { Lang } from '../../core/bank/types';

export type ConfirmationMailStatus = 'pending' | 'queued' | 'sent' | 'failed';

/** What the e-mail says and where it goes. */
export interface ConfirmationMail {
  readonly reference: string;
  readonly email: string;
  readonly contactName: string;
  readonly networkName: string;
  readonly lang: Lang;
  readonly status: ConfirmationMailStatus;
}

/** The confirmation owed for a referral, or null when none is (made before 0016, or erased since). */
export async function getConfirmationMail(db: D1Database, referralId: string): Promise<ConfirmationMail | null> {
  const row = await db
    .prepare(
      `SELECT r.reference, r.email, r.contact_name, n.name AS network_name, r.lang, r.confirmation_mail
       FROM referrals r JOIN networks n ON n.id = r.network_id
       WHERE r.id = ?1 AND r.confirmation_mail IS NOT NULL AND r.erased_at IS NULL`,
    )
    .bind(referralId)
    .first<{ reference: string; email: string; contact_name: string; network_name: string; lang: string; confirmation_mail: ConfirmationMailStatus }>();
  if (row === null) return null;
  return {
    reference: row.reference, email: row.email, contactName: row.contact_name, networkName: row.network_name,
    lang: row.lang === 'en' ? 'en' : 'nl', status: row.confirmation_mail,
  };
}

/** As SQL lists: not sent yet, and still owed (the sweep's business). */
const NOT_SENT = "('pending', 'queued', 'failed')";
const OWED = "('pending', 'queued')";

async function move(db: D1Database, referralId: string, fromSql: string, to: ConfirmationMailStatus, at: Date): Promise<boolean> {
  const result = await db
    .prepare(`UPDATE referrals SET confirmation_mail = ?2, confirmation_mail_at = ?3 WHERE id = ?1 AND confirmation_mail IN ${fromSql}`)
    .bind(referralId, to, at.toISOString())
    .run();
  return result.meta.changes > 0;
}

/**
 * Handed to the queue, in one write for any number of referrals; one already sent stays sent
 * (the consumer may be first). Returns how many changed.
 */
export async function markConfirmationsQueued(db: D1Database, referralIds: readonly string[], at: Date = new Date()): Promise<number> {
  const { meta } = await db
    .prepare(
      `UPDATE referrals SET confirmation_mail = 'queued', confirmation_mail_at = ?2
       WHERE id IN (SELECT value FROM json_each(?1)) AND confirmation_mail IN ${NOT_SENT}`,
    )
    .bind(JSON.stringify(referralIds), at.toISOString())
    .run();
  return meta.changes;
}

export const markConfirmationSent = (db: D1Database, referralId: string, at: Date = new Date()) =>
  move(db, referralId, NOT_SENT, 'sent', at);

/** After the last try; the sweep leaves it alone from then on. */
export const markConfirmationFailed = (db: D1Database, referralId: string, at: Date = new Date()) =>
  move(db, referralId, OWED, 'failed', at);

/**
 * Referral ids whose confirmation the sweep should queue again, oldest first, at most `limit`:
 * 'pending' since before `pendingBefore` or 'queued' since before `queuedBefore` (ISO 8601 UTC).
 */
export async function listOwedConfirmations(db: D1Database, pendingBefore: string, queuedBefore: string, limit = 100): Promise<string[]> {
  const { results } = await db
    .prepare(
      // The first term repeats the partial index's WHERE, so SQLite can use the index.
      `SELECT id FROM referrals
       WHERE confirmation_mail IN ${OWED}
         AND ((confirmation_mail = 'pending' AND confirmation_mail_at < ?1) OR (confirmation_mail = 'queued' AND confirmation_mail_at < ?2))
       ORDER BY confirmation_mail_at, id LIMIT ?3`,
    )
    .bind(pendingBefore, queuedBefore, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

/**
 * @module The confirmation e-mail an entrepreneur is owed for a referral (migrations/0016): its
 * state on the referral row, and what it needs to be written. An erased referral owes nothing.
 */
import type { Lang } from '../../core/bank/types';
import { owedMessages, type OwedMessageStatus } from './owed-message';

/** What the e-mail says and where it goes. */
export interface ConfirmationMail {
  readonly reference: string;
  readonly email: string;
  readonly contactName: string;
  readonly networkName: string;
  readonly lang: Lang;
  readonly status: OwedMessageStatus;
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
    .first<{ reference: string; email: string; contact_name: string; network_name: string; lang: string; confirmation_mail: OwedMessageStatus }>();
  if (row === null) return null;
  return {
    reference: row.reference, email: row.email, contactName: row.contact_name, networkName: row.network_name,
    lang: row.lang === 'en' ? 'en' : 'nl', status: row.confirmation_mail,
  };
}

/** Its state on the referral row (migrations/0016). */
export const confirmationMails = owedMessages({
  table: 'referrals', key: 'id', status: 'confirmation_mail', statusAt: 'confirmation_mail_at',
});

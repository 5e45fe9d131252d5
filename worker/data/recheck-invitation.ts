/**
 * @module The invitation to do the check again after the scan (migrations/0022): asking for it
 * once per referral, its state while the queue sends it, and what the e-mail needs. An erased
 * referral owes nothing: its address is gone.
 */
import type { Answers } from '../../core/answers';
import type { Lang } from '../../core/bank/types';
import type { RecheckInvitation, RecheckInvitationStatus } from '../../core/recheck-invitation';
import { owedMessages } from './owed-message';

/** What the e-mail says and where it goes. */
export interface RecheckInvitationMail {
  readonly reference: string;
  readonly email: string;
  readonly contactName: string;
  readonly networkId: string;
  readonly networkName: string;
  readonly partnerId: string;
  readonly lang: Lang;
  /** The answers, only when the entrepreneur shared them with the network. */
  readonly shared: { readonly answers: Answers; readonly bankVersion: string } | null;
  readonly status: RecheckInvitationStatus;
}

interface InvitationRow {
  status: RecheckInvitationStatus; status_at: string; requested_at: string; requested_by: 'network' | 'admin'; requested_by_name: string;
}

/** The invitation of a referral, for the console; null when none was asked for. */
export async function getRecheckInvitation(db: D1Database, referralId: string): Promise<RecheckInvitation | null> {
  const row = await db
    .prepare('SELECT status, status_at, requested_at, requested_by, requested_by_name FROM recheck_invitations WHERE referral_id = ?1')
    .bind(referralId)
    .first<InvitationRow>();
  return row === null
    ? null
    : { status: row.status, statusAt: row.status_at, requestedAt: row.requested_at, by: row.requested_by, byName: row.requested_by_name };
}

/**
 * Asks for the invitation of a live referral whose scan is done: true when it is now owed
 * ('pending'). One already pending, queued or sent stays as it is (false): a second click, or two
 * coordinators at once, cannot send it twice. Only a failed one is asked for again.
 */
export async function requestRecheckInvitation(
  db: D1Database,
  referralId: string,
  who: { readonly by: 'network' | 'admin'; readonly byName: string },
  at: Date = new Date(),
): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `INSERT INTO recheck_invitations (referral_id, requested_at, requested_by, requested_by_name, status, status_at)
       SELECT id, ?2, ?3, ?4, 'pending', ?2 FROM referrals WHERE id = ?1 AND status = 'scan_done' AND erased_at IS NULL
       ON CONFLICT (referral_id) DO UPDATE SET
         requested_at = excluded.requested_at, requested_by = excluded.requested_by,
         requested_by_name = excluded.requested_by_name, status = 'pending', status_at = excluded.status_at
       WHERE recheck_invitations.status = 'failed'`,
    )
    .bind(referralId, at.toISOString(), who.by, who.byName)
    .run();
  return meta.changes > 0;
}

/** The e-mail owed for a referral, or null when none is (never asked for, or the referral was erased). */
export async function getRecheckInvitationMail(db: D1Database, referralId: string): Promise<RecheckInvitationMail | null> {
  const row = await db
    .prepare(
      `SELECT r.reference, r.email, r.contact_name, r.network_id, n.name AS network_name, r.partner_id, r.lang, r.share_answers, r.answers,
         r.bank_version, i.status
       FROM recheck_invitations i JOIN referrals r ON r.id = i.referral_id JOIN networks n ON n.id = r.network_id
       WHERE i.referral_id = ?1 AND r.erased_at IS NULL`,
    )
    .bind(referralId)
    .first<{
      reference: string; email: string; contact_name: string; network_id: string; network_name: string; partner_id: string; lang: string;
      share_answers: 0 | 1; answers: string | null; bank_version: string; status: RecheckInvitationStatus;
    }>();
  if (row === null) return null;
  return {
    reference: row.reference, email: row.email, contactName: row.contact_name, networkId: row.network_id, networkName: row.network_name,
    partnerId: row.partner_id,
    lang: row.lang === 'en' ? 'en' : 'nl',
    shared: row.share_answers === 1 && row.answers !== null ? { answers: JSON.parse(row.answers) as Answers, bankVersion: row.bank_version } : null,
    status: row.status,
  };
}

/** Its state in recheck_invitations (migrations/0022); a failed one the network may ask for again. */
export const recheckInvitationMails = owedMessages({
  table: 'recheck_invitations', key: 'referral_id', status: 'status', statusAt: 'status_at',
});

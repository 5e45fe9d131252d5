/**
 * @module The e-mail a registration's contact is owed once it is decided (migrations/0024): its
 * state on the registration row, and what it needs to be written. Erased, it owes nothing.
 */
import { owedMessages, type OwedMessageStatus } from './owed-message';

/** What the decision e-mail says and where it goes. */
export interface DecisionMail {
  readonly email: string;
  readonly organisation: string;
  readonly partnerId: string;
  readonly networkId: string | null;
  readonly approved: boolean;
  readonly reason: string | null;
  readonly snippetOrigin: string | null;
  readonly status: OwedMessageStatus;
}

/** The decision e-mail owed for a registration, or null when none is (pending, or erased). */
export async function getDecisionMail(db: D1Database, id: string): Promise<DecisionMail | null> {
  const row = await db
    .prepare(
      `SELECT contact_email, organisation, partner_id, network_id, status, reason, snippet_origin, decision_mail
       FROM partner_registrations WHERE id = ?1 AND decision_mail IS NOT NULL AND contact_email IS NOT NULL`,
    )
    .bind(id)
    .first<{ contact_email: string; organisation: string; partner_id: string; network_id: string | null; status: string; reason: string | null; snippet_origin: string | null; decision_mail: OwedMessageStatus }>();
  if (row === null) return null;
  return {
    email: row.contact_email, organisation: row.organisation, partnerId: row.partner_id, networkId: row.network_id,
    approved: row.status === 'approved', reason: row.reason, snippetOrigin: row.snippet_origin, status: row.decision_mail,
  };
}

/** Its state on the registration row (migrations/0024). */
export const decisionMails = owedMessages({
  table: 'partner_registrations', key: 'id', status: 'decision_mail', statusAt: 'decision_mail_at',
});

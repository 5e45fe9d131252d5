/**
 * @module The e-mail a registration's contact is owed once it is decided (migrations/0024): its
 * state on the registration row, and what it needs to be written. Erased, it owes nothing.
 */
export type DecisionMailStatus = 'pending' | 'queued' | 'sent' | 'failed';

/** What the decision e-mail says and where it goes. */
export interface DecisionMail {
  readonly email: string;
  readonly organisation: string;
  readonly partnerId: string;
  readonly networkId: string | null;
  readonly approved: boolean;
  readonly reason: string | null;
  readonly snippetOrigin: string | null;
  readonly status: DecisionMailStatus;
}

/** The decision e-mail owed for a registration, or null when none is (pending, or erased). */
export async function getDecisionMail(db: D1Database, id: string): Promise<DecisionMail | null> {
  const row = await db
    .prepare(
      `SELECT contact_email, organisation, partner_id, network_id, status, reason, snippet_origin, decision_mail
       FROM partner_registrations WHERE id = ?1 AND decision_mail IS NOT NULL AND contact_email IS NOT NULL`,
    )
    .bind(id)
    .first<{ contact_email: string; organisation: string; partner_id: string; network_id: string | null; status: string; reason: string | null; snippet_origin: string | null; decision_mail: DecisionMailStatus }>();
  if (row === null) return null;
  return {
    email: row.contact_email, organisation: row.organisation, partnerId: row.partner_id, networkId: row.network_id,
    approved: row.status === 'approved', reason: row.reason, snippetOrigin: row.snippet_origin, status: row.decision_mail,
  };
}

const NOT_SENT = "('pending', 'queued', 'failed')";
const OWED = "('pending', 'queued')";

/** Handed to the queue; one already sent stays sent (the consumer may be first). */
export async function markDecisionMailQueued(db: D1Database, id: string, at: Date = new Date()): Promise<boolean> {
  const { meta } = await db
    .prepare(`UPDATE partner_registrations SET decision_mail = 'queued', decision_mail_at = ?2 WHERE id = ?1 AND decision_mail IN ${NOT_SENT}`)
    .bind(id, at.toISOString())
    .run();
  return meta.changes > 0;
}

async function move(db: D1Database, id: string, fromSql: string, to: DecisionMailStatus, at: Date): Promise<boolean> {
  const { meta } = await db
    .prepare(`UPDATE partner_registrations SET decision_mail = ?2, decision_mail_at = ?3 WHERE id = ?1 AND decision_mail IN ${fromSql}`)
    .bind(id, to, at.toISOString())
    .run();
  return meta.changes > 0;
}

export const markDecisionMailSent = (db: D1Database, id: string, at: Date = new Date()) => move(db, id, NOT_SENT, 'sent', at);

/** After the last try; the sweep leaves it alone from then on. */
export const markDecisionMailFailed = (db: D1Database, id: string, at: Date = new Date()) => move(db, id, OWED, 'failed', at);

/** Registration ids whose decision e-mail the sweep should queue again (as listOwedConfirmations). */
export async function listOwedDecisionMails(db: D1Database, pendingBefore: string, queuedBefore: string, limit = 100): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT id FROM partner_registrations
       WHERE decision_mail IN ${OWED}
         AND ((decision_mail = 'pending' AND decision_mail_at < ?1) OR (decision_mail = 'queued' AND decision_mail_at < ?2))
       ORDER BY decision_mail_at, id LIMIT ?3`,
    )
    .bind(pendingBefore, queuedBefore, limit)
    .all<{ id: number }>();
  return results.map((row) => String(row.id));
}

/**
 * @module Partner registrations (migrations/0024): made from /embed, listed and decided in the
 * console. Approval writes the partner row in the same batch, so an approved registration always
 * has its partner and a pending one never does.
 */
import type { RegistrationRow, RegistrationStatus } from '../../core/partner-registration';

export interface NewRegistration {
  readonly organisation: string;
  readonly email: string;
  readonly origins: readonly string[];
  readonly networkId: string | null;
}

interface Row {
  id: number; partner_id: string; organisation: string; contact_email: string | null; origins: string;
  network_id: string | null; network_name: string | null; status: RegistrationStatus; created_day: string;
  decided_at: string | null; decided_by: string | null; reason: string | null; decision_mail: RegistrationRow['decisionMail'];
}

const SELECT = `SELECT r.id, r.partner_id, r.organisation, r.contact_email, r.origins, r.network_id, n.name AS network_name,
  r.status, r.created_day, r.decided_at, r.decided_by, r.reason, r.decision_mail
  FROM partner_registrations r LEFT JOIN networks n ON n.id = r.network_id`;

const toRow = (row: Row): RegistrationRow => ({
  id: row.id, partnerId: row.partner_id, organisation: row.organisation, email: row.contact_email,
  origins: (JSON.parse(row.origins) as unknown[]).filter((o): o is string => typeof o === 'string'),
  network: row.network_id === null ? null : { id: row.network_id, name: row.network_name ?? row.network_id },
  status: row.status, createdDay: row.created_day, decidedAt: row.decided_at, decidedBy: row.decided_by,
  reason: row.reason, decisionMail: row.decision_mail,
});

/** Whether `partnerId` is taken: by a partner, or by a registration still waiting. */
async function taken(db: D1Database, partnerId: string): Promise<boolean> {
  const row = await db
    .prepare(`SELECT 1 AS found FROM partners WHERE id = ?1 UNION ALL SELECT 1 FROM partner_registrations WHERE partner_id = ?1 AND status = 'pending' LIMIT 1`)
    .bind(partnerId)
    .first();
  return row !== null;
}

/** The first free id of `base`, `base-2`, ... `base-99`; null when all are taken. */
export async function freePartnerId(db: D1Database, base: string): Promise<string | null> {
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(db, candidate))) return candidate;
  }
  return null;
}

/** Stores a pending registration under `partnerId` (from {@link freePartnerId}); returns its id. */
export async function createRegistration(db: D1Database, partnerId: string, registration: NewRegistration, now: Date): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO partner_registrations (partner_id, organisation, contact_email, origins, network_id, created_day)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id`,
    )
    .bind(partnerId, registration.organisation, registration.email, JSON.stringify(registration.origins), registration.networkId, now.toISOString().slice(0, 10))
    .first<{ id: number }>();
  return row!.id;
}

/**
 * The registrations `networkId` may see (null: all, for admins): pending ones oldest first, then
 * the decided ones newest first (their history), 500 in all at most.
 */
export async function listRegistrations(db: D1Database, networkId: string | null): Promise<RegistrationRow[]> {
  const { results } = await db
    .prepare(
      `${SELECT} WHERE (?1 IS NULL OR r.network_id = ?1)
       ORDER BY r.status <> 'pending', CASE WHEN r.status = 'pending' THEN r.id ELSE -r.id END LIMIT 500`,
    )
    .bind(networkId)
    .all<Row>();
  return results.map(toRow);
}

/** One registration `networkId` may see (null: any), or null. */
export async function getRegistration(db: D1Database, id: number, networkId: string | null): Promise<RegistrationRow | null> {
  const row = await db.prepare(`${SELECT} WHERE r.id = ?1 AND (?2 IS NULL OR r.network_id = ?2)`).bind(id, networkId).first<Row>();
  return row === null ? null : toRow(row);
}

/** Who decides, and when. */
export interface Decision {
  readonly by: string;
  readonly at: Date;
}

const decide = (status: 'approved' | 'refused') => `UPDATE partner_registrations
  SET status = '${status}', decided_at = ?2, decided_by = ?3, reason = ?4, snippet_origin = ?5,
    decision_mail = CASE WHEN contact_email IS NULL THEN NULL ELSE 'pending' END,
    decision_mail_at = CASE WHEN contact_email IS NULL THEN NULL ELSE ?2 END
  WHERE id = ?1 AND status = 'pending'`;

/**
 * Approves a pending registration: the partner with its origins and network, and the decision, in
 * one batch. False when it was no longer pending; throws when its partner id exists meanwhile.
 */
export async function approveRegistration(db: D1Database, registration: RegistrationRow, decision: Decision, snippetOrigin: string): Promise<boolean> {
  const [partner, decided] = await db.batch([
    db
      .prepare(
        `INSERT INTO partners (id, name, allowed_origins, default_network_id)
         SELECT partner_id, organisation, origins, network_id FROM partner_registrations WHERE id = ?1 AND status = 'pending'`,
      )
      .bind(registration.id),
    db.prepare(decide('approved')).bind(registration.id, decision.at.toISOString(), decision.by, null, snippetOrigin),
  ]);
  return (partner?.meta.changes ?? 0) > 0 && (decided?.meta.changes ?? 0) > 0;
}

/** Refuses a pending registration, with an optional reason told to the contact. False when no longer pending. */
export async function refuseRegistration(db: D1Database, id: number, decision: Decision, reason: string | null): Promise<boolean> {
  const result = await db.prepare(decide('refused')).bind(id, decision.at.toISOString(), decision.by, reason, null).run();
  return result.meta.changes > 0;
}

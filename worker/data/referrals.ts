/** @module Referrals: a company's request to be contacted by its regional network for a full scan. */
import type { Answers } from '../../core/answers';
import type { Lang } from '../../core/bank/types';
import type { SectorId, SizeId } from '../../core/profile';
import type { Band } from '../../core/scoring';
import { newReference } from './referral-reference';

export type ReferralStatus = 'new' | 'contacted' | 'scan_planned' | 'scan_done' | 'declined';
export type DeliveryStatus = 'pending' | 'queued' | 'delivered' | 'failed';

/** What the entrepreneur filled in, with the network it was routed to and the assessment outcome. */
export interface NewReferral {
  readonly partnerId: string;
  readonly networkId: string;
  /** PC4: enough for the network, and all the routing used. */
  readonly postcode: number;
  readonly companyName: string;
  readonly contactName: string;
  readonly email: string;
  readonly phone: string | null;
  /** Null when the entrepreneur skipped the profile: both are optional. */
  readonly sector: SectorId | null;
  readonly size: SizeId | null;
  readonly message: string | null;
  /** The answers, only when the entrepreneur chose to share them with the network; else null. */
  readonly sharedAnswers: Answers | null;
  readonly bankVersion: string;
  readonly overall: number;
  readonly band: Band;
  readonly lang: Lang;
  /** The host name of the unregistered site it came from; null from a registered partner's site. */
  readonly sourceHost: string | null;
}

export interface Referral extends NewReferral {
  readonly id: string;
  /** Short code for people, e.g. `CS-7K4P-2QX9`. */
  readonly reference: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly status: ReferralStatus;
  readonly deliveryStatus: DeliveryStatus;
  readonly queuedAt: string | null;
  readonly deliveredAt: string | null;
  readonly closedAt: string | null;
  /** Hash of the request it was made from, while its idempotency key is remembered (referral-keys.ts). */
  readonly requestHash: string | null;
}

interface ReferralRow {
  id: string; reference: string; created_at: string; partner_id: string; network_id: string;
  postcode: number; company_name: string; contact_name: string; email: string; phone: string | null;
  sector: SectorId | null; size: SizeId | null; message: string | null; answers: string | null; bank_version: string;
  overall: number; band: Band; status: ReferralStatus; delivery_status: DeliveryStatus;
  queued_at: string | null; delivered_at: string | null; closed_at: string | null; lang: Lang;
  request_hash: string | null; source_host: string | null;
}

const COLUMNS = `id, reference, created_at, partner_id, network_id, postcode, company_name, contact_name,
  email, phone, sector, size, message, answers, bank_version, overall, band, status, delivery_status,
  queued_at, delivered_at, closed_at, lang, request_hash, source_host`;

const toReferral = (row: ReferralRow): Referral => ({
  id: row.id, reference: row.reference, createdAt: row.created_at, partnerId: row.partner_id,
  networkId: row.network_id, postcode: row.postcode, companyName: row.company_name,
  contactName: row.contact_name, email: row.email, phone: row.phone, sector: row.sector, size: row.size,
  message: row.message, sharedAnswers: row.answers === null ? null : (JSON.parse(row.answers) as Answers),
  bankVersion: row.bank_version, overall: row.overall, band: row.band, status: row.status,
  deliveryStatus: row.delivery_status, queuedAt: row.queued_at, deliveredAt: row.delivered_at,
  closedAt: row.closed_at, lang: row.lang, requestHash: row.request_hash, sourceHost: row.source_host,
});

/**
 * Creates a referral once per idempotency key (`idempotencyKeyHash`: `referralKeyHash` of the
 * partner and the browser's key), remembering `requestHash`, the hash of the request. A repeat,
 * even a simultaneous one, gets the referral made the first time and `created: false`: the key's
 * UNIQUE constraint decides, not a read before the write. Its confirmation e-mail is owed from the
 * same write on (`confirmation_mail`, migrations/0016).
 */
export async function createReferral(
  db: D1Database,
  input: NewReferral,
  idempotencyKeyHash: string,
  now: Date = new Date(),
  requestHash: string | null = null,
): Promise<{ referral: Referral; created: boolean }> {
  const inserted = await db
    .prepare(
      `INSERT INTO referrals (id, reference, idempotency_key_hash, created_at, partner_id, network_id, postcode,
         company_name, contact_name, email, phone, sector, size, message, share_answers, answers, bank_version,
         overall, band, lang, request_hash, source_host, confirmation_mail, confirmation_mail_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, 'pending', ?4)
       ON CONFLICT (idempotency_key_hash) DO NOTHING
       RETURNING ${COLUMNS}`,
    )
    .bind(
      crypto.randomUUID(), newReference(), idempotencyKeyHash, now.toISOString(), input.partnerId,
      input.networkId, input.postcode, input.companyName, input.contactName, input.email, input.phone,
      input.sector, input.size, input.message, input.sharedAnswers === null ? 0 : 1,
      input.sharedAnswers === null ? null : JSON.stringify(input.sharedAnswers), input.bankVersion,
      input.overall, input.band, input.lang, requestHash, input.sourceHost,
    )
    .first<ReferralRow>();
  if (inserted !== null) return { referral: toReferral(inserted), created: true };
  const existing = await getReferralByKey(db, idempotencyKeyHash);
  // Only a deletion between the two statements gets here; the caller's retry will create it anew.
  if (existing === null) throw new Error('Referral vanished while being created');
  return { referral: existing, created: false };
}

/** The referral made for an idempotency key (`referralKeyHash` of partner and key), or null. */
export async function getReferralByKey(db: D1Database, idempotencyKeyHash: string): Promise<Referral | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM referrals WHERE idempotency_key_hash = ?1`)
    .bind(idempotencyKeyHash)
    .first<ReferralRow>();
  return row === null ? null : toReferral(row);
}

/**
 * A referral by id, or null; also null once its personal data is erased (worker/data/retention.ts),
 * so nothing can deliver what the entrepreneur withdrew.
 */
export async function getReferral(db: D1Database, id: string): Promise<Referral | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM referrals WHERE id = ?1 AND erased_at IS NULL`)
    .bind(id)
    .first<ReferralRow>();
  return row === null ? null : toReferral(row);
}

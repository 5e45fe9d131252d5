/** @module One referral in full for the network console: contact data, outcome, delivery and history. */
import type { Answers } from '../../core/answers';
import type { Lang } from '../../core/bank/types';
import type { RecheckInvitation } from '../../core/recheck-invitation';
import { listAttempts, type DeliveryAttempt } from './delivery';
import type { InboxItem, StatusActor, StatusChange } from '../../core/inbox';
import type { InboxStatus } from '../../core/referral-workflow';
import { ITEM_COLUMNS, ITEM_FROM, toInboxItem, type InboxItemRow } from './inbox';
import { getRecheckInvitation } from './recheck-invitation';

export interface InboxReferral extends InboxItem {
  /** The row's id, never shown: what queue messages and child tables name. */
  readonly id: string;
  readonly lang: Lang;
  readonly email: string | null;
  readonly phone: string | null;
  readonly message: string | null;
  readonly note: string | null;
  readonly answersShared: boolean;
  /** Only when the entrepreneur chose to share them, and until erasure. */
  readonly sharedAnswers: Answers | null;
  readonly bankVersion: string;
  readonly queuedAt: string | null;
  readonly deliveredAt: string | null;
  readonly attempts: readonly DeliveryAttempt[];
  readonly history: readonly StatusChange[];
  readonly mergedDuplicates: readonly string[];
  readonly recheckInvitation: RecheckInvitation | null;
}

interface DetailRow extends InboxItemRow {
  id: string; lang: Lang; email: string | null; phone: string | null;
  message: string | null; note: string | null; share_answers: 0 | 1; answers: string | null;
  bank_version: string; queued_at: string | null; delivered_at: string | null;
}

async function statusHistory(db: D1Database, referralId: string): Promise<StatusChange[]> {
  const { results } = await db
    .prepare(
      `SELECT from_status, to_status, changed_at, changed_by, changed_by_name, reason FROM referral_status_changes
       WHERE referral_id = ?1 ORDER BY changed_at, id`,
    )
    .bind(referralId)
    .all<{
      from_status: InboxStatus; to_status: InboxStatus; changed_at: string; changed_by: StatusActor; changed_by_name: string; reason: string | null;
    }>();
  return results.map((row) => ({
    from: row.from_status, to: row.to_status, at: row.changed_at, by: row.changed_by, byName: row.changed_by_name, reason: row.reason,
  }));
}

/** The references closed as duplicates of `row`, in its own network. */
async function mergedInto(db: D1Database, row: { reference: string; network_id: string }): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT reference FROM referrals WHERE duplicate_of = ?1 AND network_id = ?2 ORDER BY created_at')
    .bind(row.reference, row.network_id)
    .all<{ reference: string }>();
  return results.map((r) => r.reference);
}

/**
 * The referral with `reference`, or null when there is none or it belongs to another network
 * than `networkId` (null: any network). The two are the same answer on purpose.
 */
export async function getInboxReferral(db: D1Database, reference: string, networkId: string | null): Promise<InboxReferral | null> {
  const row = await db
    .prepare(
      `SELECT ${ITEM_COLUMNS}, r.id, r.lang, r.email, r.phone, r.message,
         r.note, r.share_answers, r.answers, r.bank_version, r.queued_at, r.delivered_at
       FROM ${ITEM_FROM}
       WHERE r.reference = ?1 AND (?2 IS NULL OR r.network_id = ?2)`,
    )
    .bind(reference, networkId)
    .first<DetailRow>();
  if (row === null) return null;
  const [attempts, history, merged, invitation] = await Promise.all([
    listAttempts(db, row.id), statusHistory(db, row.id), mergedInto(db, row), getRecheckInvitation(db, row.id),
  ]);
  return {
    ...toInboxItem(row),
    id: row.id,
    lang: row.lang,
    email: row.email,
    phone: row.phone,
    message: row.message,
    note: row.note,
    answersShared: row.share_answers === 1,
    sharedAnswers: row.share_answers === 1 && row.answers !== null ? (JSON.parse(row.answers) as Answers) : null,
    bankVersion: row.bank_version,
    queuedAt: row.queued_at,
    deliveredAt: row.delivered_at,
    attempts,
    history,
    mergedDuplicates: merged,
    recheckInvitation: invitation,
  };
}

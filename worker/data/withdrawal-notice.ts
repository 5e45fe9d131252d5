/**
 * @module The notice a network is owed when a referral it may hold is withdrawn (migrations/0003):
 * its state on the referral row, which names no one. Per-channel tries are only logged: the
 * referral's own attempts went with its erasure, and the final state is what an operator needs.
 */
import { owedMessages, type OwedMessageStatus } from './owed-message';

/** What the notice tells the network: the facts that identify the request, nothing personal. */
export interface WithdrawalNotice {
  readonly reference: string;
  readonly networkId: string;
  /** ISO 8601 UTC. */
  readonly withdrawnAt: string;
  readonly status: OwedMessageStatus;
}

/** The notice owed for a withdrawn referral, or null when it was never withdrawn (or is unknown). */
export async function getWithdrawalNotice(db: D1Database, referralId: string): Promise<WithdrawalNotice | null> {
  const row = await db
    .prepare('SELECT reference, network_id, withdrawn_at, withdrawal_notice FROM referrals WHERE id = ?1 AND withdrawal_notice IS NOT NULL')
    .bind(referralId)
    .first<{ reference: string; network_id: string; withdrawn_at: string; withdrawal_notice: OwedMessageStatus }>();
  return row === null
    ? null
    : { reference: row.reference, networkId: row.network_id, withdrawnAt: row.withdrawn_at, status: row.withdrawal_notice };
}

/** Its state on the referral row (migrations/0003). */
export const withdrawalNotices = owedMessages({
  table: 'referrals', key: 'id', status: 'withdrawal_notice', statusAt: 'withdrawal_notice_at',
});

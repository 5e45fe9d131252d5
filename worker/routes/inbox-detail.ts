/** @module The JSON of one referral in the network console (`GET /api/v1/console/referrals/:reference`). */
import type { InboxReferral } from '../data/inbox-detail';
import type { ReferralDetail } from '../../core/inbox';
import { nextStatuses, reopenUntil } from '../../core/referral-workflow';
import { referralView } from '../../core/referral-view';

/**
 * Grouped as in the webhook payload (core/referral-view.ts), so a network reads one shape.
 * `answers` and `adviceQuestionIds` are there only when the entrepreneur shared the answers and
 * they are not erased; otherwise the keys are absent, not null.
 */
export function referralDetail(referral: InboxReferral): ReferralDetail {
  return {
    ...referralView(referral, referral.networkName, referral.answersShared),
    partner: { id: referral.partnerId, name: referral.partnerName },
    status: referral.status,
    /** What the console may offer as the next status; empty once closed or erased. */
    nextStatuses: referral.erasedAt === null ? nextStatuses(referral.status) : [],
    reopenUntil: reopenUntil(referral),
    note: referral.note,
    closedAt: referral.closedAt,
    withdrawnAt: referral.withdrawnAt,
    erasedAt: referral.erasedAt,
    scan: { plannedOn: referral.scanPlannedOn, plannedBy: referral.scanPlannedBy },
    duplicateOf: referral.duplicateOf,
    possibleDuplicates: referral.possibleDuplicates,
    mergedDuplicates: referral.mergedDuplicates,
    delivery: {
      status: referral.deliveryStatus,
      queuedAt: referral.queuedAt,
      deliveredAt: referral.deliveredAt,
      attempts: referral.attempts,
    },
    history: referral.history,
    recheckInvitation: referral.recheckInvitation,
  };
}

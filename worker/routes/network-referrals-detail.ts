/** @module The JSON of one referral in the network console (`GET /api/v1/console/referrals/:reference`). */
import type { InboxReferral } from '../data/referral-inbox-detail';
import type { ReferralDetail } from '../../core/console-api';
import { nextStatuses } from '../../core/referral-workflow';
import { sharedAssessment } from '../delivery/payload';

/**
 * Grouped as in the webhook payload (worker/delivery/payload.ts), so a network reads one shape.
 * `answers` and `adviceQuestionIds` are there only when the entrepreneur shared the answers and
 * they are not erased; otherwise the keys are absent, not null.
 */
export function referralDetail(referral: InboxReferral): ReferralDetail {
  return {
    reference: referral.reference,
    createdAt: referral.createdAt,
    network: { id: referral.networkId, name: referral.networkName },
    partner: { id: referral.partnerId },
    lang: referral.lang,
    company: { name: referral.companyName, postcode: referral.postcode, sector: referral.sector, size: referral.size },
    contact: { name: referral.contactName, email: referral.email, phone: referral.phone },
    message: referral.message,
    assessment: {
      bankVersion: referral.bankVersion,
      overall: referral.overall,
      band: referral.band,
      answersShared: referral.answersShared,
      ...(referral.sharedAnswers === null ? {} : sharedAssessment(referral.sharedAnswers, referral.bankVersion)),
    },
    status: referral.status,
    /** What the console may offer as the next status; empty once closed or erased. */
    nextStatuses: referral.erasedAt === null ? nextStatuses(referral.status) : [],
    note: referral.note,
    closedAt: referral.closedAt,
    withdrawnAt: referral.withdrawnAt,
    erasedAt: referral.erasedAt,
    delivery: {
      status: referral.deliveryStatus,
      queuedAt: referral.queuedAt,
      deliveredAt: referral.deliveredAt,
      attempts: referral.attempts,
    },
    history: referral.history,
  };
}

/**
 * @module What a network receives when a referral is withdrawn: a notice without personal data
 * that asks it to delete its own copy (AVG art. 17 and 19), as the webhook's JSON body and as a
 * short Dutch e-mail (its words: worker/mail/text/withdrawal-notice.ts). worker/delivery/README.md
 * documents it for receivers.
 */
import { fill } from '../../core/fill';
import type { WithdrawalNotice } from '../data';
import { fillParagraphs } from '../mail/fill-mail';
import { withdrawalNoticeText } from '../mail/text/withdrawal-notice';
import type { Outgoing } from './outgoing';

/**
 * Only what identifies the request, never who made it: the network matches the reference against
 * its own copy. Receivers must ignore fields they do not know, as for `referral.created`.
 */
export interface WithdrawalNoticePayload {
  readonly event: 'referral.withdrawn';
  /** The reference of the withdrawn referral, as its `referral.created` carried it. */
  readonly reference: string;
  readonly network: { readonly id: string };
  /** ISO 8601 UTC. */
  readonly withdrawnAt: string;
  /** In Dutch: what the network is asked to do. */
  readonly instruction: string;
}

/** The notice's `X-CyberScan-Delivery`: not the bare reference, which the referral itself used. */
export const withdrawalDeliveryId = (reference: string) => `${reference}/withdrawn`;

export function withdrawalNoticePayload(notice: WithdrawalNotice): WithdrawalNoticePayload {
  return {
    event: 'referral.withdrawn',
    reference: notice.reference,
    network: { id: notice.networkId },
    withdrawnAt: notice.withdrawnAt,
    instruction: fill(withdrawalNoticeText.nl.instruction, { reference: notice.reference }),
  };
}

/** Subject line: the reference only, like a referral's, so mail server logs hold nothing personal. */
export const withdrawalMailSubject = (payload: WithdrawalNoticePayload) => fill(withdrawalNoticeText.nl.subject, { reference: payload.reference });

export const withdrawalMailText = ({ instruction, reference, withdrawnAt, network }: WithdrawalNoticePayload): string =>
  `${fillParagraphs(withdrawalNoticeText.nl.body, { instruction, reference, withdrawnAt, network: network.id })}\n`;

/** The notice as it goes out. No Reply-To: the entrepreneur's address is erased, and that is the point. */
export function withdrawalOutgoing(notice: WithdrawalNotice): Outgoing {
  const payload = withdrawalNoticePayload(notice);
  return {
    deliveryId: withdrawalDeliveryId(payload.reference),
    body: payload,
    mail: { subject: withdrawalMailSubject(payload), text: withdrawalMailText(payload) },
  };
}

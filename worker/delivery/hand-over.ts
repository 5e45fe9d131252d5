/**
 * @module Handing work to the delivery queue. Messages carry an id only: the referral stays in D1,
 * never in a queue. Every kind shares REFERRAL_QUEUE, told apart by its one field.
 */
import { confirmationMails, decisionMails, markManyQueued, markQueued, recheckInvitationMails, withdrawalNotices } from '../data';

/** Deliver this referral. The shape predates withdrawal notices and must stay as it is. */
export interface ReferralMessage {
  readonly referralId: string;
}

/** Tell the network this referral was withdrawn. A field of its own, so no older reader mistakes it for a referral. */
export interface WithdrawalNoticeMessage {
  readonly withdrawnReferralId: string;
}

/** E-mail the entrepreneur the confirmation of this referral (worker/delivery/confirmation-mail.ts). */
export interface ConfirmationMailMessage {
  readonly confirmReferralId: string;
}

/** E-mail the entrepreneur the invitation to do the check again (worker/delivery/recheck-invitation.ts). */
export interface RecheckInvitationMessage {
  readonly recheckInviteReferralId: string;
}

/** E-mail a registration's contact its decision (worker/delivery/registration-mail.ts). */
export interface DecisionMailMessage {
  readonly decidedRegistrationId: string;
}

const hasString = <K extends string>(body: unknown, key: K): body is Record<K, string> =>
  typeof body === 'object' && body !== null && key in body && typeof (body as Record<K, unknown>)[key] === 'string';

export const isReferralMessage = (body: unknown): body is ReferralMessage => hasString(body, 'referralId');

export const isWithdrawalNoticeMessage = (body: unknown): body is WithdrawalNoticeMessage => hasString(body, 'withdrawnReferralId');

export const isConfirmationMailMessage = (body: unknown): body is ConfirmationMailMessage => hasString(body, 'confirmReferralId');

export const isRecheckInvitationMessage = (body: unknown): body is RecheckInvitationMessage => hasString(body, 'recheckInviteReferralId');

export const isDecisionMailMessage = (body: unknown): body is DecisionMailMessage => hasString(body, 'decidedRegistrationId');

/**
 * Sends the referral's id to REFERRAL_QUEUE and marks it queued; true if both worked. Never
 * throws: a referral the queue did not take stays 'pending', and the cron sweep hands it over
 * again, so nothing is lost and the entrepreneur's request still succeeds.
 */
export async function handOver(env: Env, referralId: string, now: Date = new Date()): Promise<boolean> {
  try {
    await env.REFERRAL_QUEUE.send({ referralId } satisfies ReferralMessage);
    await markQueued(env.DB, referralId, now);
    return true;
  } catch (error) {
    console.error(`Referral ${referralId} was not queued; the sweep will try again:`, error);
    return false;
  }
}

/**
 * Hands over many referrals in one queue batch (at most 100, the queue's batch limit) and marks
 * them queued in one write; returns how many the queue took (all or none). Never throws: what the
 * queue refused keeps its status for the sweep, or for the operator who resends it.
 */
export async function handOverMany(env: Env, referralIds: readonly string[], now: Date = new Date()): Promise<number> {
  if (referralIds.length === 0) return 0;
  try {
    await env.REFERRAL_QUEUE.sendBatch(referralIds.map((referralId) => ({ body: { referralId } satisfies ReferralMessage })));
    await markManyQueued(env.DB, referralIds, now);
    return referralIds.length;
  } catch (error) {
    console.error(`${referralIds.length} referrals were not queued; they keep their status:`, error);
    return 0;
  }
}

/**
 * The same for the notice of a withdrawn referral: true if queued. Never throws: the withdrawal
 * itself is done by then, and a notice the queue refused stays 'pending' for the sweep.
 */
export async function handOverWithdrawalNotice(env: Env, referralId: string, now: Date = new Date()): Promise<boolean> {
  try {
    await env.REFERRAL_QUEUE.send({ withdrawnReferralId: referralId } satisfies WithdrawalNoticeMessage);
    await withdrawalNotices.markQueued(env.DB, [referralId], now);
    return true;
  } catch (error) {
    console.error(`Withdrawal notice for ${referralId} was not queued; the sweep will try again:`, error);
    return false;
  }
}

/**
 * After a withdrawal (`withdrawnId` from withdrawReferral): hands its notice over once the answer
 * is on its way. Awaiting the queue would make a matching withdrawal measurably slower, and the
 * answer must not tell whether the reference and address matched.
 */
export function noticeWithdrawal(env: Env, ctx: ExecutionContext, withdrawnId: string | null): void {
  if (withdrawnId !== null) ctx.waitUntil(handOverWithdrawalNotice(env, withdrawnId));
}

/**
 * Queues the entrepreneurs' confirmation e-mails of these referrals in one queue batch (at most
 * 100) and marks them queued in one write; returns how many the queue took (all or none). Never
 * throws: the referrals are stored by then, and what the queue refused stays 'pending' for the sweep.
 */
export async function handOverConfirmations(env: Env, referralIds: readonly string[], now: Date = new Date()): Promise<number> {
  if (referralIds.length === 0) return 0;
  try {
    await env.REFERRAL_QUEUE.sendBatch(referralIds.map((confirmReferralId) => ({ body: { confirmReferralId } satisfies ConfirmationMailMessage })));
    await confirmationMails.markQueued(env.DB, referralIds, now);
    return referralIds.length;
  } catch (error) {
    console.error(`${referralIds.length} confirmation e-mails were not queued; the sweep will try again:`, error);
    return 0;
  }
}

/**
 * Queues the invitations to do the check again of these referrals in one queue batch (at most
 * 100) and marks them queued in one write; returns how many the queue took (all or none). Never
 * throws: an invitation the queue refused stays 'pending', and the cron sweep queues it later.
 */
export async function handOverRecheckInvitations(env: Env, referralIds: readonly string[], now: Date = new Date()): Promise<number> {
  if (referralIds.length === 0) return 0;
  try {
    await env.REFERRAL_QUEUE.sendBatch(
      referralIds.map((recheckInviteReferralId) => ({ body: { recheckInviteReferralId } satisfies RecheckInvitationMessage })),
    );
    await recheckInvitationMails.markQueued(env.DB, referralIds, now);
    return referralIds.length;
  } catch (error) {
    console.error(`${referralIds.length} invitations to do the check again were not queued; the sweep will try again:`, error);
    return 0;
  }
}

/**
 * Queues the decision e-mail of registration `id`; true if the queue took it. Never throws: the
 * decision is stored by then, and an e-mail the queue refused stays 'pending' for the sweep.
 */
export async function handOverDecisionMail(env: Env, id: string, now: Date = new Date()): Promise<boolean> {
  try {
    await env.REFERRAL_QUEUE.send({ decidedRegistrationId: id } satisfies DecisionMailMessage);
    await decisionMails.markQueued(env.DB, [id], now);
    return true;
  } catch (error) {
    console.error(`Decision e-mail of registration ${id} was not queued; the sweep will try again:`, error);
    return false;
  }
}

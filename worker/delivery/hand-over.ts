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
 * Sends to the queue, then marks what was sent queued; true if both worked. Never throws: what the
 * queue refused keeps its status, so nothing is lost, and `failed` is logged with the reason.
 */
async function queueAndMark(send: () => Promise<unknown>, mark: () => Promise<unknown>, failed: string): Promise<boolean> {
  try {
    await send();
    await mark();
    return true;
  } catch (error) {
    console.error(failed, error);
    return false;
  }
}

/** The same for a page of ids (at most 100, the queue's batch limit): how many the queue took (all or none). */
async function queueAndMarkBatch<Body>(
  env: Env,
  ids: readonly string[],
  body: (id: string) => Body,
  mark: () => Promise<unknown>,
  failed: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const sent = await queueAndMark(() => env.REFERRAL_QUEUE.sendBatch(ids.map((id) => ({ body: body(id) }))), mark, failed);
  return sent ? ids.length : 0;
}

/**
 * Sends the referral's id to REFERRAL_QUEUE and marks it queued; true if both worked. Never
 * throws: a referral the queue did not take stays 'pending', and the cron sweep hands it over
 * again, so nothing is lost and the entrepreneur's request still succeeds.
 */
export function handOver(env: Env, referralId: string, now: Date = new Date()): Promise<boolean> {
  return queueAndMark(
    () => env.REFERRAL_QUEUE.send({ referralId } satisfies ReferralMessage),
    () => markQueued(env.DB, referralId, now),
    `Referral ${referralId} was not queued; the sweep will try again:`,
  );
}

/**
 * Hands over many referrals in one queue batch (at most 100, the queue's batch limit) and marks
 * them queued in one write; returns how many the queue took (all or none). Never throws: what the
 * queue refused keeps its status for the sweep, or for the operator who resends it.
 */
export function handOverMany(env: Env, referralIds: readonly string[], now: Date = new Date()): Promise<number> {
  return queueAndMarkBatch(
    env,
    referralIds,
    (referralId): ReferralMessage => ({ referralId }),
    () => markManyQueued(env.DB, referralIds, now),
    `${referralIds.length} referrals were not queued; they keep their status:`,
  );
}

/**
 * The same for the notice of a withdrawn referral: true if queued. Never throws: the withdrawal
 * itself is done by then, and a notice the queue refused stays 'pending' for the sweep.
 */
export function handOverWithdrawalNotice(env: Env, referralId: string, now: Date = new Date()): Promise<boolean> {
  return queueAndMark(
    () => env.REFERRAL_QUEUE.send({ withdrawnReferralId: referralId } satisfies WithdrawalNoticeMessage),
    () => withdrawalNotices.markQueued(env.DB, [referralId], now),
    `Withdrawal notice for ${referralId} was not queued; the sweep will try again:`,
  );
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
export function handOverConfirmations(env: Env, referralIds: readonly string[], now: Date = new Date()): Promise<number> {
  return queueAndMarkBatch(
    env,
    referralIds,
    (confirmReferralId): ConfirmationMailMessage => ({ confirmReferralId }),
    () => confirmationMails.markQueued(env.DB, referralIds, now),
    `${referralIds.length} confirmation e-mails were not queued; the sweep will try again:`,
  );
}

/**
 * Queues the invitations to do the check again of these referrals in one queue batch (at most
 * 100) and marks them queued in one write; returns how many the queue took (all or none). Never
 * throws: an invitation the queue refused stays 'pending', and the cron sweep queues it later.
 */
export function handOverRecheckInvitations(env: Env, referralIds: readonly string[], now: Date = new Date()): Promise<number> {
  return queueAndMarkBatch(
    env,
    referralIds,
    (recheckInviteReferralId): RecheckInvitationMessage => ({ recheckInviteReferralId }),
    () => recheckInvitationMails.markQueued(env.DB, referralIds, now),
    `${referralIds.length} invitations to do the check again were not queued; the sweep will try again:`,
  );
}

/**
 * Queues the decision e-mail of registration `id`; true if the queue took it. Never throws: the
 * decision is stored by then, and an e-mail the queue refused stays 'pending' for the sweep.
 */
export function handOverDecisionMail(env: Env, id: string, now: Date = new Date()): Promise<boolean> {
  return queueAndMark(
    () => env.REFERRAL_QUEUE.send({ decidedRegistrationId: id } satisfies DecisionMailMessage),
    () => decisionMails.markQueued(env.DB, [id], now),
    `Decision e-mail of registration ${id} was not queued; the sweep will try again:`,
  );
}

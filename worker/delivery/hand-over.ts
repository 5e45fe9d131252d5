/** @module Handing a stored referral to the delivery queue. */
import { markQueued } from '../data';

/** What the queue carries: only the id. The referral itself stays in D1, never in a queue. */
export interface ReferralMessage {
  readonly referralId: string;
}

export const isReferralMessage = (body: unknown): body is ReferralMessage =>
  typeof body === 'object' && body !== null && 'referralId' in body && typeof body.referralId === 'string';

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

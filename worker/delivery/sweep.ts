/**
 * @module The cron sweep (wrangler.toml `[triggers]`): hands over referrals the queue never got,
 * and forgets old submission keys.
 */
import { forgetSubmissionKeys, listUndelivered } from '../data';
import { RETRY_WINDOW_SECONDS } from './backoff';
import { handOver } from './hand-over';

/** A pending referral this old was never queued (the queue refused it): queue it now. */
const PENDING_AFTER_MS = 10 * 60_000;

/**
 * A queued referral is resent only once its retries must be over: after the whole retry window
 * plus an hour, its message was lost. Sooner, it would be delivered twice.
 */
const QUEUED_AFTER_MS = (RETRY_WINDOW_SECONDS + 3600) * 1000;

/** Submission keys guard against a browser's retries, which come within minutes; a week is ample. */
const KEEP_SUBMISSION_KEYS_DAYS = 7;

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

/** The worker's `scheduled` handler. Times count from the trigger's scheduled time. */
export async function sweepReferrals(controller: ScheduledController, env: Env): Promise<void> {
  const now = new Date(controller.scheduledTime);
  const queuedCutoff = before(now, QUEUED_AFTER_MS);
  const undelivered = await listUndelivered(env.DB, before(now, PENDING_AFTER_MS));
  const lost = undelivered.filter((r) => r.deliveryStatus === 'pending' || (r.queuedAt ?? r.createdAt) < queuedCutoff);
  let requeued = 0;
  for (const referral of lost) if (await handOver(env, referral.id, now)) requeued += 1;
  const forgotten = await forgetSubmissionKeys(env.DB, before(now, KEEP_SUBMISSION_KEYS_DAYS * 86_400_000).slice(0, 10));
  if (lost.length > 0 || forgotten > 0) {
    console.log(`Sweep: ${requeued} of ${lost.length} undelivered referrals queued again, ${forgotten} submission keys forgotten`);
  }
}

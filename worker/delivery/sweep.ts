/**
 * @module The cron sweep (wrangler.toml `[triggers]`): hands over referrals and withdrawal notices
 * the queue never got, and forgets old submission keys.
 */
import { forgetSubmissionKeys, listOwedNotices, listUndelivered } from '../data';
import { RETRY_WINDOW_SECONDS } from './backoff';
import { handOver, handOverWithdrawalNotice } from './hand-over';

/** Pending this long, it was never queued (the queue refused it): queue it now. */
const PENDING_AFTER_MS = 10 * 60_000;

/**
 * Something queued is resent only once its retries must be over: after the whole retry window
 * plus an hour, its message was lost. Sooner, it would be delivered twice.
 */
const QUEUED_AFTER_MS = (RETRY_WINDOW_SECONDS + 3600) * 1000;

/** Submission keys guard against a browser's retries, which come within minutes; a week is ample. */
const KEEP_SUBMISSION_KEYS_DAYS = 7;

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

/** Hands over every id with `handOverOne`; returns how many the queue took. */
async function handOverAll(ids: readonly string[], handOverOne: (id: string) => Promise<boolean>): Promise<number> {
  let queued = 0;
  for (const id of ids) if (await handOverOne(id)) queued += 1;
  return queued;
}

/** The worker's `scheduled` handler. Times count from the trigger's scheduled time. */
export async function sweepReferrals(controller: ScheduledController, env: Env): Promise<void> {
  const now = new Date(controller.scheduledTime);
  const pendingCutoff = before(now, PENDING_AFTER_MS);
  const queuedCutoff = before(now, QUEUED_AFTER_MS);
  const undelivered = await listUndelivered(env.DB, pendingCutoff);
  const lost = undelivered.filter((r) => r.deliveryStatus === 'pending' || (r.queuedAt ?? r.createdAt) < queuedCutoff);
  const requeued = await handOverAll(lost.map((r) => r.id), (id) => handOver(env, id, now));
  const notices = await listOwedNotices(env.DB, pendingCutoff, queuedCutoff);
  const noticesRequeued = await handOverAll(notices, (id) => handOverWithdrawalNotice(env, id, now));
  const forgotten = await forgetSubmissionKeys(env.DB, before(now, KEEP_SUBMISSION_KEYS_DAYS * 86_400_000).slice(0, 10));
  if (lost.length > 0 || notices.length > 0 || forgotten > 0) {
    console.log(
      `Sweep: ${requeued} of ${lost.length} undelivered referrals and ${noticesRequeued} of ${notices.length} withdrawal ` +
        `notices queued again, ${forgotten} submission keys forgotten`,
    );
  }
}

/**
 * @module The cron sweep (wrangler.toml `[triggers]`): hands over referrals, withdrawal notices,
 * confirmation e-mails, invitations to do the check again and registration decision e-mails
 * that the queue never got, forgets old submission and idempotency keys, and says what it saw.
 */
import {
  IDEMPOTENCY_KEY_HOURS, confirmationMails, decisionMails, deliveryStatusReport, forgetIdempotencyKeys, forgetSubmissionKeys,
  listOwedHandOvers, recheckInvitationMails, withdrawalNotices,
  type HandOverCursor, type OwedMessages,
} from '../data';
import { RETRY_WINDOW_SECONDS } from './backoff';
import { handOverConfirmations, handOverDecisionMail, handOverMany, handOverRecheckInvitations, handOverWithdrawalNotice } from './hand-over';

/** Pending this long, it was never queued (the queue refused it): queue it now. */
const PENDING_AFTER_MS = 10 * 60_000;

/**
 * Something queued is resent only once its retries must be over: after the whole retry window
 * plus an hour, its message was lost. Sooner, it would be delivered twice.
 */
const QUEUED_AFTER_MS = (RETRY_WINDOW_SECONDS + 3600) * 1000;

/** Submission keys guard against a browser's retries, which come within minutes; a week is ample. */
const KEEP_SUBMISSION_KEYS_DAYS = 7;

/** One queue batch at most, and one D1 write per page. */
const PAGE = 100;

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

/**
 * Hands over every referral owed a hand-over, a page at a time, with no ceiling: a backlog of any
 * size is recovered in one sweep (each page costs one read, one queue batch and one write).
 */
async function handOverOwed(env: Env, now: Date): Promise<{ owed: number; queued: number }> {
  const cutoffs = { pendingBefore: before(now, PENDING_AFTER_MS), queuedBefore: before(now, QUEUED_AFTER_MS) };
  let after: HandOverCursor | null = null;
  let owed = 0;
  let queued = 0;
  do {
    const page = await listOwedHandOvers(env.DB, cutoffs, after, PAGE);
    owed += page.ids.length;
    queued += await handOverMany(env, page.ids, now);
    after = page.next;
  } while (after !== null);
  return { owed, queued };
}

/**
 * The same for e-mails to entrepreneurs (confirmations, invitations), a page at a time. Each page is re-read from the start: a
 * page the queue took is marked queued and drops out; one it refused ends the sweep's try.
 */
async function handOverOwedMails(
  env: Env,
  now: Date,
  state: OwedMessages,
  handOverPage: (env: Env, ids: readonly string[], now: Date) => Promise<number>,
): Promise<{ owed: number; queued: number }> {
  let owed = 0;
  let queued = 0;
  for (;;) {
    const ids = await state.listOwed(env.DB, before(now, PENDING_AFTER_MS), before(now, QUEUED_AFTER_MS), PAGE);
    owed += ids.length;
    const taken = await handOverPage(env, ids, now);
    queued += taken;
    if (ids.length < PAGE || taken === 0) return { owed, queued };
  }
}

/** The worker's `scheduled` handler. Times count from the trigger's scheduled time. */
export async function sweepReferrals(controller: ScheduledController, env: Env): Promise<void> {
  const now = new Date(controller.scheduledTime);
  const referrals = await handOverOwed(env, now);
  const notices = await withdrawalNotices.listOwed(env.DB, before(now, PENDING_AFTER_MS), before(now, QUEUED_AFTER_MS));
  let noticesQueued = 0;
  for (const id of notices) if (await handOverWithdrawalNotice(env, id, now)) noticesQueued += 1;
  const confirmations = await handOverOwedMails(env, now, confirmationMails, handOverConfirmations);
  const invitations = await handOverOwedMails(env, now, recheckInvitationMails, handOverRecheckInvitations);
  const decisions = await decisionMails.listOwed(env.DB, before(now, PENDING_AFTER_MS), before(now, QUEUED_AFTER_MS));
  let decisionsQueued = 0;
  for (const id of decisions) if (await handOverDecisionMail(env, id, now)) decisionsQueued += 1;
  const forgotten = await forgetSubmissionKeys(env.DB, before(now, KEEP_SUBMISSION_KEYS_DAYS * 86_400_000).slice(0, 10));
  const keysForgotten = await forgetIdempotencyKeys(env.DB, before(now, IDEMPOTENCY_KEY_HOURS * 3_600_000));
  const status = await deliveryStatusReport(env.DB, now);
  // One line every run, also when nothing was due: a quiet log must mean "nothing owed", not "not run".
  console.log(
    `Sweep: ${referrals.queued} of ${referrals.owed} referrals owed a hand-over queued; ` +
      `${status.counts.queued} in retry, ${status.counts.pending} pending, ${status.counts.failed} failed, ` +
      `oldest undelivered ${status.oldestUndeliveredAgeSeconds ?? '-'} s; ` +
      `${noticesQueued} of ${notices.length} withdrawal notices, ${confirmations.queued} of ${confirmations.owed} confirmation e-mails, ${invitations.queued} of ${invitations.owed} invitations to do the check again and ${decisionsQueued} of ${decisions.length} registration decision e-mails queued; ${forgotten} submission keys and ${keysForgotten} idempotency keys forgotten`,
  );
}

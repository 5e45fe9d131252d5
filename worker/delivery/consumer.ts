/**
 * @module The queue consumer: delivers each queued referral, withdrawal notice, confirmation
 * e-mail or invitation to do the check again to the entrepreneur, or decision e-mail to a
 * registering partner, retries with
 * the queue's own delays, and gives up visibly. Messages carry only a referral id; everything else
 * is read from D1. Messages the queue itself gave up on arrive from the dead-letter queue.
 */
import { markFailed, withdrawalNotices } from '../data';
import type { OwedMessageStatus } from '../data/owed-message';
import { MAX_DELIVERY_ATTEMPTS, OUTAGE_NOTICE_FROM_ATTEMPT, retryDelaySeconds, retryDivisor } from './backoff';
import { owedConfirmation } from './confirmation-mail';
import { deliverReferral } from './deliver';
import { deliverWithdrawalNotice } from './deliver-withdrawal';
import { isConfirmationMailMessage, isDecisionMailMessage, isRecheckInvitationMessage, isReferralMessage, isWithdrawalNoticeMessage } from './hand-over';
import { noticeOutage } from './outage-notice';
import { sendOwedMail, type OwedMail } from './owed-mail';
import { owedRecheckInvitation } from './recheck-invitation';
import { owedDecisionMail } from './registration-mail';

/** wrangler.toml's `dead_letter_queue` of the delivery queue: messages whose retries ran out. */
export const DEAD_LETTER_QUEUE = 'cyberscan-referrals-dead';

/** What one message asks for. */
interface Job {
  /** For the log, e.g. `referral <id>`. */
  readonly name: string;
  /** One run, as the `attempt`-th try; true when nothing is left to do (sent now, before, or never owed). */
  readonly run: (attempt: number) => Promise<boolean>;
  /** After the last try failed: leave it visible as failed for an operator, and tell whoever must know. */
  readonly giveUp: () => Promise<unknown>;
}

function jobFor(env: Env, body: unknown): Job | null {
  if (isReferralMessage(body)) {
    const id = body.referralId;
    return {
      name: `referral ${id}`,
      run: async (attempt) => (await deliverReferral(env, id, new Date(), attempt >= OUTAGE_NOTICE_FROM_ATTEMPT)) !== 'not-delivered',
      giveUp: async () => {
        if (await markFailed(env.DB, id)) await noticeOutage(env, id);
      },
    };
  }
  if (isWithdrawalNoticeMessage(body)) {
    const id = body.withdrawnReferralId;
    return {
      name: `withdrawal notice for ${id}`,
      run: async () => (await deliverWithdrawalNotice(env, id)) !== 'not-sent',
      giveUp: () => withdrawalNotices.markFailed(env.DB, id),
    };
  }
  if (isConfirmationMailMessage(body)) return mailJob(env, owedConfirmation, body.confirmReferralId);
  if (isRecheckInvitationMessage(body)) return mailJob(env, owedRecheckInvitation, body.recheckInviteReferralId);
  if (isDecisionMailMessage(body)) return mailJob(env, owedDecisionMail, body.decidedRegistrationId);
  return null;
}

/** The job of an owed e-mail, whatever its kind. */
function mailJob<Owed extends { readonly status: OwedMessageStatus }>(env: Env, mail: OwedMail<Owed>, id: string): Job {
  return {
    name: `${mail.name} ${id}`,
    // Done whether sent now, before or never owed; a failure throws (tryRun logs it) and the
    // queue retries it on the same schedule as a referral.
    run: async () => {
      await sendOwedMail(env, mail, id);
      return true;
    },
    giveUp: () => mail.state.markFailed(env.DB, id),
  };
}

async function tryRun(job: Job, attempt: number): Promise<boolean> {
  try {
    return await job.run(attempt);
  } catch (error) {
    console.error(`Delivering ${job.name} failed:`, error);
    return false;
  }
}

/** Gives up on a job; should even recording that fail, it stays queued and the sweep sends it again later. */
const giveUp = (job: Job) => job.giveUp().catch((error: unknown) => console.error(`Marking ${job.name} failed:`, error));

async function handle(message: Message, env: Env): Promise<void> {
  const job = jobFor(env, message.body);
  if (job === null) {
    console.error(`Queue message ${message.id} is not a referral, withdrawal notice, confirmation, invitation or decision e-mail; dropped`);
    message.ack();
  } else if (await tryRun(job, message.attempts)) {
    message.ack();
  } else if (message.attempts < MAX_DELIVERY_ATTEMPTS) {
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts, retryDivisor(env)) });
  } else {
    await giveUp(job);
    message.ack();
  }
}

/** A message the queue gave up on (the consumer crashed on its last tries): give up on it, visibly. */
async function handleDead(message: Message, env: Env): Promise<void> {
  const job = jobFor(env, message.body);
  if (job !== null) await giveUp(job);
  message.ack();
}

/**
 * The worker's `queue` handler, for REFERRAL_QUEUE and its dead-letter queue. A batch's messages
 * are handled at the same time: a network whose endpoint hangs until the timeout then holds up
 * no other network's referral in the batch (each try has its own timeout, webhook.ts).
 */
export async function deliverReferrals(batch: MessageBatch, env: Env): Promise<void> {
  const handleOne = batch.queue === DEAD_LETTER_QUEUE ? handleDead : handle;
  await Promise.all(batch.messages.map((message) => handleOne(message, env)));
}

/**
 * @module The queue consumer: delivers each queued referral or withdrawal notice, retries with
 * backoff, and gives up visibly. Messages carry only a referral id; everything else is read from D1.
 */
import { markFailed, markNoticeFailed } from '../data';
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from './backoff';
import { deliverReferral } from './deliver';
import { deliverWithdrawalNotice } from './deliver-withdrawal';
import { isReferralMessage, isWithdrawalNoticeMessage } from './hand-over';

/** What one message asks for. */
interface Job {
  /** For the log, e.g. `referral <id>`. */
  readonly name: string;
  /** One run; true when nothing is left to do (sent now, before, or never owed). */
  readonly run: () => Promise<boolean>;
  /** After the last try failed: leave it visible as failed for an operator. */
  readonly giveUp: () => Promise<unknown>;
}

function jobFor(env: Env, body: unknown): Job | null {
  if (isReferralMessage(body)) {
    const id = body.referralId;
    return {
      name: `referral ${id}`,
      run: async () => (await deliverReferral(env, id)) !== 'not-delivered',
      giveUp: () => markFailed(env.DB, id),
    };
  }
  if (isWithdrawalNoticeMessage(body)) {
    const id = body.withdrawnReferralId;
    return {
      name: `withdrawal notice for ${id}`,
      run: async () => (await deliverWithdrawalNotice(env, id)) !== 'not-sent',
      giveUp: () => markNoticeFailed(env.DB, id),
    };
  }
  return null;
}

async function tryRun(job: Job): Promise<boolean> {
  try {
    return await job.run();
  } catch (error) {
    console.error(`Delivering ${job.name} failed:`, error);
    return false;
  }
}

async function handle(message: Message, env: Env): Promise<void> {
  const job = jobFor(env, message.body);
  if (job === null) {
    console.error(`Queue message ${message.id} is neither a referral nor a withdrawal notice; dropped`);
    message.ack();
  } else if (await tryRun(job)) {
    message.ack();
  } else if (message.attempts < MAX_DELIVERY_ATTEMPTS) {
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  } else {
    // The last try. Should even recording that fail, it stays queued, and the sweep sends it again later.
    await job.giveUp().catch((error: unknown) => console.error(`Marking ${job.name} failed:`, error));
    message.ack();
  }
}

/** The worker's `queue` handler for REFERRAL_QUEUE. One message at a time keeps D1 writes simple. */
export async function deliverReferrals(batch: MessageBatch, env: Env): Promise<void> {
  for (const message of batch.messages) await handle(message, env);
}

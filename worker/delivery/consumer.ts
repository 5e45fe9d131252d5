/**
 * @module The queue consumer: delivers each queued referral, retries with backoff, and gives up
 * visibly. Messages carry only a referral id; everything else is read from D1.
 */
import { markFailed } from '../data';
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from './backoff';
import { deliverReferral, type DeliveryRun } from './deliver';
import { isReferralMessage } from './hand-over';

async function tryDelivery(env: Env, referralId: string): Promise<DeliveryRun | 'error'> {
  try {
    return await deliverReferral(env, referralId);
  } catch (error) {
    console.error(`Delivering referral ${referralId} failed:`, error);
    return 'error';
  }
}

async function handle(message: Message, env: Env): Promise<void> {
  if (!isReferralMessage(message.body)) {
    console.error(`Queue message ${message.id} is not a referral message; dropped`);
    message.ack();
    return;
  }
  const { referralId } = message.body;
  const run = await tryDelivery(env, referralId);
  if (run !== 'not-delivered' && run !== 'error') {
    message.ack();
  } else if (message.attempts < MAX_DELIVERY_ATTEMPTS) {
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  } else {
    // The last try: the referral stays visible as failed for an operator. Should even that write
    // fail, it stays queued, and the sweep sends it again later.
    await markFailed(env.DB, referralId).catch((error: unknown) => console.error(`Marking ${referralId} failed:`, error));
    message.ack();
  }
}

/** The worker's `queue` handler for REFERRAL_QUEUE. One message at a time keeps D1 writes simple. */
export async function deliverReferrals(batch: MessageBatch, env: Env): Promise<void> {
  for (const message of batch.messages) await handle(message, env);
}

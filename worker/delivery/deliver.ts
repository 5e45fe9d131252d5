/** @module One delivery run for one referral: every active channel of its network, each try logged. */
import { activeChannels, closeOutage, getNetwork, getReferral, markDelivered, recordAttempt, referenceData } from '../data';
import { referralMailSubject, referralMailText } from './mail-text';
import { noticeNetworkOutage } from './outage-notice';
import { sendOnChannel, type Outgoing } from './outgoing';
import { referralPayload, type ReferralPayload } from './payload';

export type DeliveryRun = 'delivered' | 'already-delivered' | 'unknown-referral' | 'not-delivered';

/** A referral as it goes out: its reference is the delivery id, and the network can reply by e-mail. */
const referralOutgoing = (payload: ReferralPayload): Outgoing => ({
  deliveryId: payload.reference,
  body: payload,
  mail: { subject: referralMailSubject(payload), text: referralMailText(payload), replyTo: payload.contact.email },
});

/**
 * Sends the referral on every active channel of its network and logs each attempt. It counts as
 * delivered once any channel took it: the network has it then, and trying again would send the
 * other channels a duplicate; a channel that failed meanwhile stays visible in the attempts.
 * A delivered referral is not sent again (queues deliver at least once, so repeats happen).
 * `tellOutage`: a failure now means the network's deliveries are failing (noticed once per outage);
 * a success ends any outage of the network.
 */
export async function deliverReferral(env: Env, referralId: string, now: Date = new Date(), tellOutage = false): Promise<DeliveryRun> {
  const referral = await getReferral(env.DB, referralId);
  if (referral === null) return 'unknown-referral';
  if (referral.deliveryStatus === 'delivered') return 'already-delivered';
  const [network, channels] = await Promise.all([
    referenceData(env).then((data) => getNetwork(data, referral.networkId)),
    activeChannels(env.DB, referral.networkId),
  ]);
  if (channels.length === 0) {
    console.error(`Network ${referral.networkId} has no active delivery channel; referral ${referral.id} waits`);
    return 'not-delivered';
  }
  // A network switched off after the referral was made still gets it, under its id if need be.
  const payload = referralPayload(referral, network?.name ?? referral.networkId, env.PUBLIC_ORIGIN ?? env.DEV_ORIGIN);
  const outgoing = referralOutgoing(payload);
  let delivered = false;
  let lastError = '';
  for (const channel of channels) {
    const outcome = await sendOnChannel(env, channel, outgoing, now);
    await recordAttempt(env.DB, referral.id, channel.kind, outcome.ok ? 'ok' : 'error', outcome.detail);
    delivered ||= outcome.ok;
    if (!outcome.ok) lastError = `${channel.kind}: ${outcome.detail}`;
  }
  if (delivered) {
    await markDelivered(env.DB, referral.id);
    await closeOutage(env.DB, referral.networkId);
    return 'delivered';
  }
  if (tellOutage) await noticeNetworkOutage(env, referral.networkId, lastError, now);
  return 'not-delivered';
}

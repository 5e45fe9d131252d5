/**
 * @module One run of a withdrawal notice: every active channel of the network, as for a referral.
 * Tries are logged for `wrangler tail`, not in delivery_attempts: those describe sending personal
 * data and went with the erasure; the notice's final state on the referral row is the record.
 */
import { activeChannels, getWithdrawalNotice, withdrawalNotices } from '../data';
import { sendOnChannel } from './outgoing';
import { withdrawalOutgoing } from './withdrawal-notice';

export type NoticeRun = 'sent' | 'already-sent' | 'not-owed' | 'not-sent';

/**
 * Sends the notice for a withdrawn referral on every active channel of its network. It counts as
 * sent once any channel took it, and is never sent again after that (queues deliver at least
 * once). The channels are those of today: a network that moved its CRM is told where it now is.
 */
export async function deliverWithdrawalNotice(env: Env, referralId: string, now: Date = new Date()): Promise<NoticeRun> {
  const notice = await getWithdrawalNotice(env.DB, referralId);
  if (notice === null) return 'not-owed';
  if (notice.status === 'sent') return 'already-sent';
  const channels = await activeChannels(env.DB, notice.networkId);
  if (channels.length === 0) {
    console.error(`Network ${notice.networkId} has no active delivery channel; withdrawal notice ${notice.reference} waits`);
    return 'not-sent';
  }
  const outgoing = withdrawalOutgoing(notice);
  let sent = false;
  for (const channel of channels) {
    const outcome = await sendOnChannel(env, channel, outgoing, now);
    const line = `Withdrawal notice ${notice.reference} on ${channel.kind}: ${outcome.ok ? 'ok' : 'error'}, ${outcome.detail}`;
    if (outcome.ok) console.log(line);
    else console.error(line);
    sent ||= outcome.ok;
  }
  if (sent) await withdrawalNotices.markSent(env.DB, referralId, now);
  return sent ? 'sent' : 'not-sent';
}

/**
 * @module What goes out on a network's channels, whatever it is about (a referral, or the notice
 * that one was withdrawn): sending the message (message.ts) on one channel, of either kind.
 */
import type { NetworkChannel } from '../data';
import { sendEmail } from './email';
import type { ChannelOutcome, Outgoing } from './message';
import { sendWebhook } from './webhook';

export type { ChannelOutcome, Outgoing } from './message';

/** Sends `outgoing` on one channel. Never throws: a failure is an outcome. */
export const sendOnChannel = (env: Env, channel: NetworkChannel, outgoing: Outgoing, now: Date): Promise<ChannelOutcome> =>
  channel.kind === 'webhook' ? sendWebhook(env, channel, outgoing, now) : sendEmail(env, channel, outgoing, now);

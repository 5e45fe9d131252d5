/**
 * @module What goes out on a network's channels, whatever it is about (a referral, or the notice
 * that one was withdrawn): the same message ready for each kind of channel, and sending it on one.
 */
import type { NetworkChannel } from '../data';
import { sendEmail } from './email';
import { sendWebhook } from './webhook';

/** One message for a network, in the form each kind of channel takes. */
export interface Outgoing {
  /**
   * `X-CyberScan-Delivery`: the same on every retry, so receivers de-duplicate on it, and different
   * for each message about a referral, so a notice is never taken for a repeat of the referral.
   */
  readonly deliveryId: string;
  /** The webhook's JSON body; `event` tells receivers what it is. */
  readonly body: { readonly event: string };
  readonly mail: {
    /** Printable ASCII, and no personal data: it sits in mail server logs. */
    readonly subject: string;
    readonly text: string;
    readonly replyTo?: string;
  };
}

/** How one channel took it; `detail` (an HTTP status or an error) goes into the attempts log. */
export interface ChannelOutcome {
  readonly ok: boolean;
  readonly detail: string;
}

/** Sends `outgoing` on one channel. Never throws: a failure is an outcome. */
export const sendOnChannel = (env: Env, channel: NetworkChannel, outgoing: Outgoing, now: Date): Promise<ChannelOutcome> =>
  channel.kind === 'webhook' ? sendWebhook(env, channel, outgoing, now) : sendEmail(env, channel, outgoing, now);

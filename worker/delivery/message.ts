/**
 * @module What every kind of channel takes and gives back: the message, ready for each kind, and
 * how one channel took it. Its own file, so the channels (email.ts, webhook.ts) and outgoing.ts,
 * which picks one, do not import each other.
 */

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

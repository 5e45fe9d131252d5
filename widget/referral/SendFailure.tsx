/**
 * @module Why the referral was not sent. Where trying again can help (offline, busy, a server
 * error) it offers a retry, with everything typed still in the form; from the second failure in a
 * row, and at once where retrying cannot help (refused, or the bot check failed or could not
 * load), it shows the network's own contact route instead of a retry loop.
 */
import type { PublicNetwork } from '../../core/routing/network';
import { fill } from '../../core/fill';
import type { ReferralText } from './i18n/types';
import { NetworkContact } from './NetworkContact';

/** Why sending cannot work from this page, whatever the visitor does. */
export type FinalProblem = 'refused' | 'blocked' | 'botFailed' | 'unavailable';

/** What the form shows after a send that did not go through. */
export interface Failure {
  /** Seconds to wait, from a 429's Retry-After. */
  readonly retryAfter?: number;
  readonly final?: FinalProblem;
  /** Submitted before the bot check handed over its token. */
  readonly waiting?: boolean;
}

interface SendFailureProps {
  readonly text: ReferralText['failure'];
  readonly network: PublicNetwork;
  readonly failure: Failure;
  /** Failed sends in a row. */
  readonly tries: number;
  readonly onRetry: () => void;
}

/** Focused when it appears (tabindex -1), so keyboard and screen-reader users land on it. */
export function SendFailure({ text, network, failure, tries, onRetry }: SendFailureProps) {
  const { final, retryAfter, waiting } = failure;
  const message = final ? text[final] : waiting ? text.waiting : retryAfter ? fill(text.busy, { seconds: retryAfter }) : text.failed;
  return (
    <div class="summary" role="alert" tabIndex={-1}>
      <p>{message}</p>
      {(final || tries >= 2) && <NetworkContact text={text} network={network} />}
      {!final && !waiting && (
        <button type="button" part="button" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </div>
  );
}

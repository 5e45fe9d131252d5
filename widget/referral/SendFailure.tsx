/** @module Why the referral was not sent, with a retry: everything typed stays in the form. */
import { fill } from '../i18n/fill';
import type { ReferralText } from './i18n/types';

interface SendFailureProps {
  readonly text: ReferralText['failure'];
  /** Seconds to wait, from a 429's Retry-After. */
  readonly retryAfter?: number;
  readonly onRetry: () => void;
}

/** Focused when it appears (tabindex -1), so keyboard and screen-reader users land on it. */
export function SendFailure({ text, retryAfter, onRetry }: SendFailureProps) {
  return (
    <div class="summary" role="alert" tabIndex={-1}>
      <p>{retryAfter ? fill(text.busy, { seconds: retryAfter }) : text.failed}</p>
      <button type="button" part="button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}

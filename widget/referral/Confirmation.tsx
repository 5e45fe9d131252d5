/** @module The request is in: the reference to keep, what happens next and how to withdraw. */
import type { ReferralResponse } from '../../core/contracts';
import { fill } from '../../core/fill';
import type { ReferralStepProps } from '../runtime';
import { withdrawalPage } from '../withdrawal-link';
import type { ReferralText } from './i18n/types';

/** `api` is the CyberScan API origin, which also serves the withdrawal page. */
interface ConfirmationProps extends Pick<ReferralStepProps, 'api' | 'lang' | 'onClose'> {
  readonly text: ReferralText;
  readonly referral: ReferralResponse;
}

export function Confirmation({ text, referral, api, lang, onClose }: ConfirmationProps) {
  const network = { network: referral.network.name };
  // Split before filling: fill would empty the `{link}` placeholder.
  const [beforeLink, afterLink] = text.sent.withdraw.split('{link}').map((part) => fill(part, network));
  return (
    <div>
      <h3 tabIndex={-1}>{text.sent.title}</h3>
      <p>
        {text.sent.reference} <strong class="reference">{referral.reference}</strong>
      </p>
      <p>{fill(text.sent.next, network)}</p>
      <p>
        {beforeLink}
        {/* A new tab, so the visitor keeps the page with the result and its reference in view. */}
        <a href={withdrawalPage(api, referral.reference, lang)} target="_blank" rel="noopener">
          {text.sent.withdrawLink}
        </a>
        {afterLink}
      </p>
      <div class="nav">
        <button type="button" part="button" class="primary" onClick={onClose}>
          {text.back}
        </button>
      </div>
    </div>
  );
}

/** @module The request is in: the reference to keep, what happens next and how to withdraw. */
import type { ReferralResponse } from '../../core/contracts';
import { fill } from '../i18n/fill';
import type { ReferralText } from './i18n/types';

interface ConfirmationProps {
  readonly text: ReferralText;
  readonly referral: ReferralResponse;
  readonly onClose: () => void;
}

export function Confirmation({ text, referral, onClose }: ConfirmationProps) {
  const network = { network: referral.network.name };
  return (
    <div>
      <h3 tabIndex={-1}>{text.sent.title}</h3>
      <p>
        {text.sent.reference} <strong class="reference">{referral.reference}</strong>
      </p>
      <p>{fill(text.sent.next, network)}</p>
      <p>{fill(text.sent.withdraw, network)}</p>
      <div class="nav">
        <button type="button" part="button" class="primary" onClick={onClose}>
          {text.back}
        </button>
      </div>
    </div>
  );
}

/**
 * @module The form's consent part: sharing the answers is a separate choice (unticked), and the
 * privacy notice says who receives the request, why, and for how long it is kept.
 */
import { fill } from '../../core/fill';
import type { ReferralText } from './i18n/types';

interface ShareAnswersProps {
  readonly text: ReferralText['form'];
  readonly networkName: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function ShareAnswers({ text, networkName, checked, onChange }: ShareAnswersProps) {
  const network = { network: networkName };
  return (
    // A <div>, not a fragment: widget.js shares no Fragment with this script (see widget/runtime.ts).
    <div>
      <fieldset>
        <legend>{text.shareLegend}</legend>
        <label>
          <input
            type="checkbox"
            checked={checked}
            aria-describedby="referral-share-hint"
            onChange={(event) => onChange(event.currentTarget.checked)}
          />
          <span>{fill(text.share, network)}</span>
        </label>
        <p id="referral-share-hint" class="muted">
          {text.shareHint}
        </p>
      </fieldset>
      <p>{fill(text.privacy, network)}</p>
    </div>
  );
}

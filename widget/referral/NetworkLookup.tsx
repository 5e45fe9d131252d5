/** @module While the network a partner named is looked up, or after that failed: back, or try again. */
import type { ReferralText } from './i18n/types';

interface NetworkLookupProps {
  readonly text: ReferralText;
  readonly failed?: boolean;
  readonly onRetry: () => void;
  readonly onClose: () => void;
}

export function NetworkLookup({ text, failed, onRetry, onClose }: NetworkLookupProps) {
  return (
    <div>
      {failed ? <p role="alert">{text.postcode.failed}</p> : <p role="status">{text.postcode.searching}</p>}
      <div class="nav">
        <button type="button" part="button" onClick={onClose}>
          {text.back}
        </button>
        {failed && (
          <button type="button" part="button" class="primary" onClick={onRetry}>
            {text.postcode.retry}
          </button>
        )}
      </div>
    </div>
  );
}

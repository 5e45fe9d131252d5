/** @module Shown while a fetched bank loads, or after it failed: always with a way forward. */
import type { UiText } from '../i18n/types';

interface BankStatusProps {
  readonly failed: boolean;
  readonly text: UiText['bank'];
  readonly onRetry: () => void;
}

export function BankStatus({ failed, text, onRetry }: BankStatusProps) {
  if (!failed) return <p role="status">{text.loading}</p>;
  return (
    <div>
      <p role="alert">{text.failed}</p>
      <button type="button" part="button" class="primary" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}

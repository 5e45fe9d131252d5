/**
 * @module Shown while an English widget loads its UI strings (widget-en.js) and its bank (the
 * API), or any widget the script that opens a result link or older saved progress
 * (widget-restore.js), or after that failed: always with a way forward. The English strings
 * may not be there yet, so this says it in English and Dutch.
 */

/** Each text in English, then in Dutch. */
export const statusText = {
  loading: ['Loading…', 'Laden…'],
  failed: ['The check could not be loaded.', 'De check kon niet worden geladen.'],
  retry: ['Try again', 'Opnieuw proberen'],
} as const;

/** The Dutch half is marked as Dutch, so that a screen reader pronounces it as Dutch. */
const Both = ({ text: [english, dutch] }: { readonly text: readonly [string, string] }) => (
  <>
    {english} / <span lang="nl">{dutch}</span>
  </>
);

interface LanguageStatusProps {
  readonly failed: boolean;
  readonly onRetry: () => void;
}

export function LanguageStatus({ failed, onRetry }: LanguageStatusProps) {
  if (!failed) {
    return (
      <p role="status">
        <Both text={statusText.loading} />
      </p>
    );
  }
  return (
    <div>
      <p role="alert">
        <Both text={statusText.failed} />
      </p>
      <button type="button" part="button" class="primary" onClick={onRetry}>
        <Both text={statusText.retry} />
      </button>
    </div>
  );
}

/**
 * @module Asking "are you sure?" in the page, for a step that closes a referral: the question
 * takes focus, Annuleren puts focus back where it was, nothing happens until the step is confirmed.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ConfirmStepProps {
  readonly question: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Fields the step needs (a day, a reason), shown between the question and the buttons. */
  readonly children?: ComponentChildren;
}

export function ConfirmStep({ question, confirmLabel, busy, onConfirm, onCancel, children }: ConfirmStepProps) {
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form
      class="confirm-step"
      aria-labelledby="confirm-question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <p id="confirm-question" ref={heading} tabIndex={-1} class="confirm-question">
        {question}
      </p>
      {children}
      <p>
        <button type="submit" disabled={busy}>
          {confirmLabel}
        </button>{' '}
        <button type="button" class="secondary" onClick={onCancel} disabled={busy}>
          Annuleren
        </button>
      </p>
    </form>
  );
}

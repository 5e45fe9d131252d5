/**
 * @module A button whose action is confirmed in the page (never `window.confirm`): pressing it
 * shows what will happen with "yes" and "cancel", then the outcome stays visible and is announced.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../api/failure';
import { useAnnounce } from '../announcer';

interface ConfirmActionProps {
  /** The first button's text, e.g. "Opnieuw versturen". */
  readonly label: string;
  /** What will happen, shown with the confirm button. */
  readonly question: string;
  readonly confirmLabel: string;
  /** Runs the action; its result is the message shown and announced afterwards. */
  readonly action: () => Promise<string>;
}

type Step = { readonly kind: 'idle' } | { readonly kind: 'asking' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly message: string; readonly failed: boolean };

export function ConfirmAction({ label, question, confirmLabel, action }: ConfirmActionProps) {
  const announce = useAnnounce();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const asking = useRef<HTMLParagraphElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // Focus follows the conversation: to the question when asked, to the outcome when done.
  useEffect(() => {
    if (step.kind === 'asking') asking.current?.focus();
    if (step.kind === 'done') outcome.current?.focus();
  }, [step.kind]);

  const run = async () => {
    setStep({ kind: 'busy' });
    try {
      const message = await action();
      setStep({ kind: 'done', message, failed: false });
      announce(message);
    } catch (error) {
      const message = error instanceof ApiFailure ? error.message : 'Het lukte niet; probeer het zo nog eens.';
      setStep({ kind: 'done', message, failed: true });
      announce(message);
    }
  };

  return (
    <div class="confirm-action">
      {(step.kind === 'idle' || (step.kind === 'done' && step.failed)) && (
        <button type="button" class="secondary" onClick={() => setStep({ kind: 'asking' })}>
          {label}
        </button>
      )}
      {(step.kind === 'asking' || step.kind === 'busy') && (
        <div role="group" aria-label={label} class="confirm">
          <p ref={asking} tabIndex={-1}>{question}</p>
          <button type="button" onClick={run} disabled={step.kind === 'busy'}>
            {step.kind === 'busy' ? 'Bezig…' : confirmLabel}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setStep({ kind: 'idle' })} disabled={step.kind === 'busy'}>
            Annuleren
          </button>
        </div>
      )}
      {step.kind === 'done' && (
        <p ref={outcome} tabIndex={-1} class={step.failed ? 'error' : 'saved'}>
          {step.message}
        </p>
      )}
    </div>
  );
}

/**
 * @module Refusing a registration: confirmed in the page, with an optional reason that the
 * registrant reads in the e-mail. A failure stays visible with the button to try again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../api/failure';
import { useAnnounce } from '../announcer';

interface RefuseActionProps {
  readonly organisation: string;
  /** Refuses with `reason` ('' for none); rejects with an ApiFailure when it did not work. */
  readonly onRefuse: (reason: string) => Promise<unknown>;
}

type Step = 'idle' | 'asking' | 'busy';

export function RefuseAction({ organisation, onRefuse }: RefuseActionProps) {
  const announce = useAnnounce();
  const [step, setStep] = useState<Step>('idle');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (step === 'asking') field.current?.focus();
  }, [step]);

  const refuse = async () => {
    setStep('busy');
    setFailure(null);
    try {
      await onRefuse(reason.trim());
    } catch (error) {
      const message = error instanceof ApiFailure ? error.message : 'Het lukte niet; probeer het zo nog eens.';
      setFailure(message);
      announce(message);
      setStep('asking');
    }
  };

  if (step === 'idle') {
    return (
      <div class="confirm-action">
        <button type="button" class="secondary" onClick={() => setStep('asking')}>
          {organisation} weigeren
        </button>
      </div>
    );
  }
  const id = `refuse-${organisation.replace(/\W+/g, '-')}`;
  return (
    <div class="confirm-action">
      <div role="group" aria-label={`${organisation} weigeren`} class="confirm">
        <p>Weigeren? De site blijft werken als niet-geregistreerde site, en de aanmelder krijgt een e-mail.</p>
        <label for={id}>Reden voor de aanmelder (niet verplicht)</label>
        <textarea id={id} ref={field} rows={2} maxLength={500} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        {failure !== null && <p class="error">{failure}</p>}
        <button type="button" onClick={refuse} disabled={step === 'busy'}>
          {step === 'busy' ? 'Bezig…' : 'Ja, weigeren'}
        </button>{' '}
        <button type="button" class="secondary" onClick={() => setStep('idle')} disabled={step === 'busy'}>
          Annuleren
        </button>
      </div>
    </div>
  );
}

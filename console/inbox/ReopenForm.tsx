/**
 * @module Reopening a closed referral, within the days the API allows (`reopenUntil`), with a
 * reason that goes into the history: a wrong click or a company that calls back is not a dead end.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { REASON_MAX, type ReferralDetail } from '../../core/inbox';
import { formatDateTime } from '../text';
import { ConfirmStep } from './ConfirmStep';

interface ReopenFormProps {
  readonly referral: ReferralDetail;
  readonly busy: boolean;
  /** Sends the reopening; resolves true when it was saved. */
  readonly onReopen: (reason: string) => Promise<boolean>;
}

export function ReopenForm({ referral, busy, onReopen }: ReopenFormProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(false);
  // After Annuleren the button is rendered anew; focus goes back to it.
  useEffect(() => {
    if (!cancelled) return;
    opener.current?.focus();
    setCancelled(false);
  }, [cancelled]);
  if (referral.reopenUntil === null || new Date().toISOString() > referral.reopenUntil) return null;

  if (!open) {
    return (
      <p>
        <button type="button" class="secondary" ref={opener} disabled={busy} onClick={() => setOpen(true)}>
          Heropen deze aanvraag
        </button>{' '}
        <span class="hint">Kan tot {formatDateTime(referral.reopenUntil)}.</span>
      </p>
    );
  }
  const confirm = async () => {
    if (reason.trim().length < 3) return setProblem('Schrijf kort waarom je de aanvraag heropent.');
    if (await onReopen(reason.trim())) setOpen(false);
  };
  return (
    <ConfirmStep
      question="Waarom heropen je deze aanvraag? De reden komt in het verloop."
      confirmLabel="Heropenen"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={() => {
        setOpen(false);
        setCancelled(true);
      }}
    >
      <p class="field">
        <label for="reopen-reason">Reden</label>
        <textarea id="reopen-reason" rows={2} maxLength={REASON_MAX} value={reason} aria-describedby="reopen-problem"
          aria-invalid={problem ? 'true' : 'false'} onInput={(e) => setReason(e.currentTarget.value)} />
        <span class="error" id="reopen-problem">{problem}</span>
      </p>
    </ConfirmStep>
  );
}

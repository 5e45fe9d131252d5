/**
 * @module The next steps of a referral: only those core/referral-workflow.ts calls sensible.
 * Planning asks for the day (and optionally who goes); a step that closes the referral, and
 * closing it as a duplicate of a possible double, is confirmed in the page first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SCAN_PLANNED_BY_MAX, type ReferralDetail, type ReferralUpdate } from '../../core/inbox';
import { REOPEN_DAYS, isClosing, type SettableStatus } from '../../core/referral-workflow';
import { STATUS_ACTION, STATUS_LABEL } from '../text';
import { ConfirmStep } from './ConfirmStep';

interface NextStepsProps {
  readonly referral: ReferralDetail;
  readonly busy: boolean;
  /** Sends the change; resolves true when it was saved. */
  readonly onChange: (update: ReferralUpdate, done: string) => Promise<boolean>;
}

type Pending = { readonly status: SettableStatus } | { readonly duplicateOf: string } | null;

export function NextSteps({ referral, busy, onChange }: NextStepsProps) {
  const [pending, setPending] = useState<Pending>(null);
  const [day, setDay] = useState(referral.scan.plannedOn ?? '');
  const [who, setWho] = useState(referral.scan.plannedBy ?? '');
  const [dayProblem, setDayProblem] = useState('');
  const buttons = useRef<HTMLDivElement>(null);
  /** The step whose button gets focus back after Annuleren: it was unmounted while the question showed. */
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (pending !== null || returnTo === null) return;
    buttons.current?.querySelector<HTMLElement>(`[data-step="${returnTo}"]`)?.focus();
    setReturnTo(null);
  }, [pending, returnTo]);

  const stepKey = (next: NonNullable<Pending>) => ('duplicateOf' in next ? `duplicate-${next.duplicateOf}` : next.status);
  const open = (next: NonNullable<Pending>) => {
    setDayProblem('');
    setPending(next);
  };
  const cancel = () => {
    if (pending !== null) setReturnTo(stepKey(pending));
    setPending(null);
  };
  const confirm = async (update: ReferralUpdate, done: string) => {
    if (await onChange(update, done)) setPending(null);
  };

  if (pending !== null && 'duplicateOf' in pending) {
    return (
      <ConfirmStep
        question={`Deze aanvraag samenvoegen met ${pending.duplicateOf}? Deze wordt afgesloten als dubbel en je gaat verder met ${pending.duplicateOf}; heropenen kan nog ${REOPEN_DAYS} dagen.`}
        confirmLabel="Ja, sluit af als dubbel"
        busy={busy}
        onCancel={cancel}
        onConfirm={() => confirm({ status: 'declined', duplicateOf: pending.duplicateOf }, `Afgesloten als dubbel van ${pending.duplicateOf}.`)}
      />
    );
  }
  if (pending !== null && pending.status === 'scan_planned') {
    const save = () => {
      if (day === '') {
        setDayProblem('Kies de dag van de scan.');
        return document.getElementById('scan-day')?.focus();
      }
      const move = referral.status === 'scan_planned' ? {} : { status: 'scan_planned' as const };
      void confirm({ ...move, scanPlannedOn: day, scanPlannedBy: who }, 'Scan gepland.');
    };
    return (
      <ConfirmStep question="Wanneer is de scan?" confirmLabel="Scan plannen" busy={busy} onCancel={cancel} onConfirm={save}>
        <p class="field">
          <label for="scan-day">Dag van de scan</label>
          <input id="scan-day" type="date" value={day} aria-required="true" aria-invalid={dayProblem ? 'true' : 'false'}
            aria-describedby="scan-day-problem" onInput={(e) => setDay(e.currentTarget.value)} />
          <span class="error" id="scan-day-problem">{dayProblem}</span>
        </p>
        <p class="field">
          <label for="scan-who">Wie gaat er (niet verplicht)</label>
          <input id="scan-who" type="text" maxLength={SCAN_PLANNED_BY_MAX} value={who} onInput={(e) => setWho(e.currentTarget.value)} />
        </p>
      </ConfirmStep>
    );
  }
  if (pending !== null) {
    const label = STATUS_LABEL[pending.status];
    return (
      <ConfirmStep
        question={`Deze aanvraag afsluiten als ‘${label}’? Daarna staat hij bij de afgesloten aanvragen; heropenen kan nog ${REOPEN_DAYS} dagen.`}
        confirmLabel={`Ja, sluit af: ${label.toLowerCase()}`}
        busy={busy}
        onCancel={cancel}
        onConfirm={() => confirm({ status: pending.status }, `Afgesloten: ${label}.`)}
      />
    );
  }
  if (referral.nextStatuses.length === 0) return null;
  const duplicates = referral.possibleDuplicates;
  return (
    <div class="next-steps" role="group" aria-labelledby="next-steps-label" ref={buttons}>
      <p id="next-steps-label">Volgende stap:</p>
      {referral.nextStatuses.map((status) => (
        <button type="button" class={isClosing(status) ? 'secondary' : undefined} disabled={busy} data-step={status}
          onClick={() => (status === 'contacted' ? void onChange({ status }, `Status gewijzigd in: ${STATUS_LABEL[status]}.`) : open({ status }))}>
          {STATUS_ACTION[status]}
        </button>
      ))}
      {referral.status === 'scan_planned' && (
        <button type="button" class="secondary" disabled={busy} data-step="replan" onClick={() => open({ status: 'scan_planned' })}>
          Wijzig de planning
        </button>
      )}
      {duplicates.map((other) => (
        <button type="button" class="secondary" disabled={busy} data-step={`duplicate-${other}`} onClick={() => open({ duplicateOf: other })}>
          Voeg samen met {other} (sluit deze af als dubbel)
        </button>
      ))}
    </div>
  );
}

/**
 * @module Moving a referral along new → contacted → scan planned → scan done (or declined), with
 * a short internal note. Only the moves the API lists in `nextStatuses` get a button, and the note
 * goes along with every move, so "contacted, scan on 12 May" is one action.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import { ApiFailure } from '../api/failure';
import { NOTE_MAX, type ReferralDetail } from '../../core/console-api';
import type { SettableStatus } from '../../core/referral-workflow';
import { useAnnounce } from '../announcer';
import { STATUS_ACTION, STATUS_LABEL, formatDateTime } from '../text';
import { StatusHistory } from './StatusHistory';

interface StatusWorkflowProps {
  readonly api: ConsoleApi;
  readonly referral: ReferralDetail;
  readonly onChanged: (referral: ReferralDetail) => void;
  /** Loads the referral again, after someone else changed it meanwhile. */
  readonly onReload: () => void;
}

export function StatusWorkflow({ api, referral, onChanged, onReload }: StatusWorkflowProps) {
  const announce = useAnnounce();
  const [note, setNote] = useState(referral.note ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiFailure | null>(null);
  const current = useRef<HTMLParagraphElement>(null);
  useEffect(() => setNote(referral.note ?? ''), [referral.note]);

  const send = async (status?: SettableStatus) => {
    setBusy(true);
    setProblem(null);
    try {
      const body = status ? { status, note } : { note };
      const { referral: updated } = await api.patch<{ referral: ReferralDetail }>(`/referrals/${referral.reference}`, body);
      onChanged(updated);
      announce(status ? `Status gewijzigd in: ${STATUS_LABEL[updated.status]}.` : 'Notitie opgeslagen.');
      // The pressed button may be gone now; the new status is where reading goes on.
      current.current?.focus();
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(0, 'unknown', 'Opslaan lukte niet.');
      setProblem(failure);
      announce(failure.message);
    } finally {
      setBusy(false);
    }
  };

  const erased = referral.erasedAt !== null;
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      <p ref={current} tabIndex={-1} class="current-status">
        Huidige status: <strong>{STATUS_LABEL[referral.status]}</strong>
        {referral.closedAt && <> (afgesloten op {formatDateTime(referral.closedAt)})</>}
      </p>
      {referral.withdrawnAt && <p>De ondernemer heeft de aanvraag ingetrokken op {formatDateTime(referral.withdrawnAt)}.</p>}
      {erased ? (
        <p>De gegevens zijn gewist; aan deze aanvraag verandert niets meer.</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <p class="field">
            <label for="note">Interne notitie</label>
            <span class="hint" id="note-hint">
              Alleen voor je eigen netwerk, hoogstens {NOTE_MAX} tekens. Wordt bij elke statuswijziging mee opgeslagen.
            </span>
            <textarea id="note" rows={3} maxLength={NOTE_MAX} aria-describedby="note-hint" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </p>
          {referral.nextStatuses.length > 0 && (
            <div class="next-steps" role="group" aria-labelledby="next-steps-label">
              <p id="next-steps-label">Volgende stap:</p>
              {referral.nextStatuses.map((status) => (
                <button type="button" class={status === 'declined' ? 'secondary' : undefined} disabled={busy} onClick={() => send(status)}>
                  {STATUS_ACTION[status]}
                </button>
              ))}
            </div>
          )}
          <p>
            <button type="submit" class="secondary" disabled={busy}>
              Alleen de notitie opslaan
            </button>
          </p>
        </form>
      )}
      {problem && (
        <div class="problem">
          <p>{problem.message}</p>
          {problem.status === 409 && (
            <button type="button" onClick={onReload}>
              Aanvraag opnieuw laden
            </button>
          )}
        </div>
      )}
      <StatusHistory history={referral.history} />
    </section>
  );
}

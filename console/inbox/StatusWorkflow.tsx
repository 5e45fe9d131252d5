/**
 * @module Working on a referral: where it stands, its next steps (NextSteps.tsx),
 * the internal note, reopening once closed, and the history. Every change answers visibly in the
 * page and in the live region; a failed one keeps what was typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import { ApiFailure } from '../api/failure';
import type { ReferralDetail, ReferralUpdate } from '../../core/inbox';
import { useAnnounce } from '../announcer';
import { routeHash } from '../route';
import { STATUS_LABEL, formatDateTime, formatDay } from '../text';
import { NextSteps } from './NextSteps';
import { NoteField, noteTooLong } from './NoteField';
import { ReopenForm } from './ReopenForm';
import { StatusHistory } from './StatusHistory';

interface StatusWorkflowProps {
  readonly api: ConsoleApi;
  readonly referral: ReferralDetail;
  readonly onChanged: (referral: ReferralDetail) => void;
  /** Loads the referral again, after someone else changed it meanwhile. */
  readonly onReload: () => void;
}

const clock = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

export function StatusWorkflow({ api, referral, onChanged, onReload }: StatusWorkflowProps) {
  const announce = useAnnounce();
  const [note, setNote] = useState(referral.note ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState('');
  const current = useRef<HTMLParagraphElement>(null);
  useEffect(() => setNote(referral.note ?? ''), [referral.note]);

  /** Sends `request`; `done` is what the page and the live region say when it worked. */
  const run = async (request: () => Promise<{ referral: ReferralDetail }>, done: string, focusStatus: boolean): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    setSaved('');
    try {
      onChanged((await request()).referral);
      announce(done);
      if (focusStatus) current.current?.focus();
      else setSaved(`${done.replace(/\.$/, '')} om ${clock.format(new Date())}.`);
      return true;
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(0, 'unknown', 'Opslaan lukte niet.');
      setProblem(failure);
      announce(failure.message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const tooLong = () => {
    const failure = new ApiFailure(400, 'note_too_long', 'De notitie is te lang; maak hem korter en probeer het opnieuw. Er is niets opgeslagen.');
    setProblem(failure);
    announce(failure.message);
    document.getElementById('note')?.focus();
    return false;
  };
  const path = `/referrals/${referral.reference}`;
  // The note goes along with a move when it was changed, so "contacted, scan on 12 May" is one action.
  const change = (update: ReferralUpdate, done: string) => {
    if (noteTooLong(note)) return Promise.resolve(tooLong());
    const withNote = note.trim() === (referral.note ?? '') ? update : { ...update, note };
    return run(() => api.patch(path, withNote), done, true);
  };
  const saveNote = () => (noteTooLong(note) ? tooLong() : void run(() => api.patch(path, { note }), 'Notitie opgeslagen.', false));
  const reopen = (reason: string) => run(() => api.post(`${path}/reopen`, { reason }), 'Aanvraag heropend.', true);

  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      <p ref={current} tabIndex={-1} class="current-status">
        Huidige status: <strong>{STATUS_LABEL[referral.status]}</strong>
        {referral.closedAt && <> (afgesloten op {formatDateTime(referral.closedAt)})</>}
      </p>
      {referral.scan.plannedOn && (
        <p class="scan-planned">
          Scan gepland op {formatDay(referral.scan.plannedOn)}
          {referral.scan.plannedBy && <>, door {referral.scan.plannedBy}</>}.
        </p>
      )}
      {referral.duplicateOf && (
        <p>
          Afgesloten als dubbel van <a href={routeHash({ view: 'referral', reference: referral.duplicateOf })}>{referral.duplicateOf}</a>.
        </p>
      )}
      {referral.mergedDuplicates.length > 0 && (
        <p>
          Samengevoegd met de dubbele aanvragen{' '}
          {referral.mergedDuplicates.map((other, index) => (
            <>
              {index > 0 && ', '}
              <a href={routeHash({ view: 'referral', reference: other })}>{other}</a>
            </>
          ))}
          .
        </p>
      )}
      {referral.withdrawnAt && <p>De ondernemer heeft de aanvraag ingetrokken op {formatDateTime(referral.withdrawnAt)}.</p>}
      {referral.erasedAt !== null ? (
        <p>De gegevens zijn gewist; aan deze aanvraag verandert niets meer.</p>
      ) : (
        <>
          <NextSteps key={referral.status} referral={referral} busy={busy} onChange={change} />
          <ReopenForm key={`reopen-${referral.status}`} referral={referral} busy={busy} onReopen={reopen} />
          <NoteField value={note} onInput={setNote} busy={busy} saved={saved} onSave={saveNote} />
        </>
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
      <StatusHistory history={referral.history} invitation={referral.recheckInvitation} />
    </section>
  );
}

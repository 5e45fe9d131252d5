/**
 * @module Partner registrations from /embed: those waiting for a decision, to approve or refuse,
 * and the earlier decisions. Admins see all; a network those that chose it. A decision stays
 * visible at the top, with what happens next, and moves the registration to the history.
 */
import { useRef, useState } from 'preact/hooks';
import type { Identity } from '../../core/console-identity';
import type { RegistrationRow, RegistrationsResponse } from '../../core/partner-registration';
import type { ConsoleApi } from '../api/client';
import { useAnnounce } from '../announcer';
import { LoadFailed, Loading } from '../components/LoadState';
import { useFocusHeading } from '../use-focus-heading';
import { useResource } from '../use-resource';
import { PendingRegistration } from './PendingRegistration';
import { RegistrationHistory } from './RegistrationHistory';

/** What the console says after a decision. */
function decisionNotice(row: RegistrationRow): string {
  const mail = row.email === null ? 'Er gaat geen e-mail: het adres is al gewist.' : `${row.email} krijgt daarover een e-mail.`;
  return row.status === 'approved'
    ? `${row.organisation} is goedgekeurd: partner-id ${row.partnerId} is geregistreerd voor ${row.origins.join(', ')}. ${mail}`
    : `${row.organisation} is geweigerd. ${mail}`;
}

export function Registrations({ api, identity }: { api: ConsoleApi; identity: Identity }) {
  const heading = useFocusHeading('registrations');
  const announce = useAnnounce();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const { resource, retry, replace } = useResource(
    'registrations',
    () => api.get<RegistrationsResponse>('/registrations'),
    ({ registrations }) => `${registrations.filter((row) => row.status === 'pending').length} aanmeldingen wachten op een besluit.`,
  );

  const decided = (row: RegistrationRow) => {
    if (resource.state === 'loaded') {
      const rest = resource.value.registrations.filter((other) => other.id !== row.id);
      replace({ registrations: [...rest.filter((r) => r.status === 'pending'), row, ...rest.filter((r) => r.status !== 'pending')] });
    }
    const message = decisionNotice(row);
    setNotice(message);
    announce(message);
    // After the render that shows it: the card that had focus is gone.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const rows = resource.state === 'loaded' ? resource.value.registrations : [];
  const pending = rows.filter((row) => row.status === 'pending');
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>Aanmeldingen van partners</h1>
      <p>
        {identity.kind === 'admin'
          ? 'Alle sites die zich op de partnerpagina aanmeldden.'
          : `De sites die zich aanmeldden en ${identity.network.name} als netwerk kozen.`}{' '}
        Keur je een aanmelding goed, dan telt de site voortaan onder haar eigen partner-id en krijgt de aanmelder de code per e-mail.
      </p>
      {notice !== null && (
        <p class="saved" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' && (
        <>
          <h2>Wachten op een besluit ({pending.length})</h2>
          {pending.length === 0 ? (
            <p>Er wachten geen aanmeldingen.</p>
          ) : (
            pending.map((row) => <PendingRegistration key={row.id} api={api} registration={row} onDecided={decided} />)
          )}
          <RegistrationHistory rows={rows.filter((row) => row.status !== 'pending')} />
        </>
      )}
    </>
  );
}

/**
 * @module One registration waiting for a decision: what the site registers, and approving or
 * refusing it, each confirmed in the page first.
 */
import type { RegistrationRow } from '../../core/partner-registration';
import type { ConsoleApi } from '../api/client';
import { ConfirmAction } from '../components/ConfirmAction';
import { formatDay } from '../text';
import { RefuseAction } from './RefuseAction';

interface PendingRegistrationProps {
  readonly api: ConsoleApi;
  readonly registration: RegistrationRow;
  /** The registration as it is after the decision. */
  readonly onDecided: (row: RegistrationRow) => void;
}

export function PendingRegistration({ api, registration: row, onDecided }: PendingRegistrationProps) {
  const decide = async (path: string, body: unknown) => {
    const { registration } = await api.post<{ registration: RegistrationRow }>(`/registrations/${row.id}/${path}`, body);
    onDecided(registration);
    return '';
  };
  return (
    <article class="registration" aria-labelledby={`registration-${row.id}`}>
      <h3 id={`registration-${row.id}`}>{row.organisation}</h3>
      <dl>
        <dt>Partner-id</dt>
        <dd>{row.partnerId}</dd>
        <dt>Adressen van de site</dt>
        <dd>
          <ul>
            {row.origins.map((origin) => (
              <li key={origin}>{origin}</li>
            ))}
          </ul>
        </dd>
        <dt>Netwerk</dt>
        <dd>{row.network?.name ?? 'Landelijk (geen vast netwerk)'}</dd>
        <dt>E-mailadres</dt>
        <dd>{row.email ?? 'gewist (bewaartermijn voorbij)'}</dd>
        <dt>Aangemeld op</dt>
        <dd>{formatDay(row.createdDay)}</dd>
      </dl>
      <ConfirmAction
        label={`${row.organisation} goedkeuren`}
        question={`Goedkeuren? Dan worden ${row.origins.join(', ')} geregistreerd als partner ${row.partnerId}${row.email ? `, en krijgt ${row.email} een e-mail met de code` : ''}.`}
        confirmLabel="Ja, goedkeuren"
        action={() => decide('approve', {})}
      />
      <RefuseAction organisation={row.organisation} onRefuse={(reason) => decide('refuse', reason ? { reason } : {})} />
    </article>
  );
}

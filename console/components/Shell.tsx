/**
 * @module The signed-in console: who you are, its sections (referrals, statistics, partner
 * registrations, and for admins the unregistered sites), signing
 * out, and the view the URL's hash asks for.
 */
import type { ConsoleApi } from '../api/client';
import type { Identity } from '../../core/console-identity';
import { routeHash } from '../route';
import { Statistics } from '../statistics/Statistics';
import { useRoute } from '../use-route';
import { Inbox } from '../inbox/Inbox';
import { ReferralPage } from '../inbox/ReferralPage';
import { Registrations } from '../registrations/Registrations';
import { UnregisteredSites } from './UnregisteredSites';

interface ShellProps {
  readonly api: ConsoleApi;
  readonly identity: Identity;
  readonly onSignOut: () => void;
}

export function Shell({ api, identity, onSignOut }: ShellProps) {
  const route = useRoute();
  const section = route.view === 'referral' ? 'inbox' : route.view;
  const current = (name: typeof section) => (section === name ? 'page' : undefined);
  return (
    <>
      <header class="console-header">
        <p class="console-name">CyberScan console</p>
        <p class="identity">
          {identity.kind === 'admin' ? 'Beheerder: alle netwerken' : `Netwerk: ${identity.network.name}`}
          {identity.personName && <> · Aangemeld als {identity.personName}</>}
        </p>
        <nav aria-label="Console">
          <a href={routeHash({ view: 'inbox' })} aria-current={current('inbox')}>
            Aanvragen
          </a>
          <a href={routeHash({ view: 'statistics' })} aria-current={current('statistics')}>
            Statistieken
          </a>
          <a href={routeHash({ view: 'registrations' })} aria-current={current('registrations')}>
            Aanmeldingen
          </a>
          {identity.kind === 'admin' && (
            <a href={routeHash({ view: 'unregistered-sites' })} aria-current={current('unregistered-sites')}>
              Niet-geregistreerde sites
            </a>
          )}
        </nav>
        <button type="button" class="secondary" onClick={onSignOut}>
          Afmelden
        </button>
      </header>
      <main class="page">
        {route.view === 'referral' ? (
          <ReferralPage api={api} reference={route.reference} />
        ) : route.view === 'statistics' ? (
          <Statistics api={api} identity={identity} />
        ) : route.view === 'unregistered-sites' ? (
          <UnregisteredSites api={api} />
        ) : route.view === 'registrations' ? (
          <Registrations api={api} identity={identity} />
        ) : (
          <Inbox api={api} identity={identity} filters={route} />
        )}
      </main>
    </>
  );
}

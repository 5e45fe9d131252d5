/**
 * @module The inbox's filters: search (company, contact name, e-mail address or reference),
 * status and, for an admin, the network. Applied with one button and kept in the URL.
 */
import type { Identity } from '../../core/console-identity';
import { SEARCH_MAX } from '../../core/inbox';
import { INBOX_STATUSES, type InboxStatus } from '../../core/referral-workflow';
import { routeHash, type InboxFilters as Filters } from '../route';
import { STATUS_LABEL } from '../text';
import { useNetworks } from '../use-networks';

export function InboxFilters({ identity, filters }: { identity: Identity; filters: Filters }) {
  const networks = useNetworks(identity);
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    location.hash = routeHash({ view: 'inbox', status: text('status') as InboxStatus | undefined, q: text('q'), network: text('network') });
  };
  return (
    <form class="filters" role="search" aria-label="Aanvragen zoeken en filteren" onSubmit={apply}>
      <p class="field">
        <label for="search">Zoek op bedrijf, naam, e-mail of referentie</label>
        <input id="search" name="q" type="search" maxLength={SEARCH_MAX} value={filters.q ?? ''} />
      </p>
      <p class="field">
        <label for="status-filter">Status</label>
        <select id="status-filter" name="status" value={filters.status ?? ''}>
          <option value="">Alle statussen</option>
          {INBOX_STATUSES.map((s) => (
            <option value={s}>{STATUS_LABEL[s]}</option>
          ))}
        </select>
      </p>
      {networks && (
        <p class="field">
          <label for="inbox-network">Netwerk</label>
          <select id="inbox-network" name="network" value={filters.network ?? ''}>
            <option value="">Alle netwerken</option>
            {networks.map((n) => (
              <option value={n.id}>{n.name}</option>
            ))}
          </select>
        </p>
      )}
      <button type="submit">Zoeken</button>
    </form>
  );
}

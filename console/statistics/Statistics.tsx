/**
 * @module The statistics view: the published figures of the network's own area (an admin: the
 * country, any network or province) for a fixed period, and a CSV download of exactly what is shown.
 */
import { useState } from 'preact/hooks';
import type { PublicNetwork } from '../../core/routing';
import type { StatisticsResponse } from '../../core/statistics';
import type { ConsoleApi } from '../api/client';
import type { Identity } from '../../core/console-identity';
import { CsvDownload } from '../components/CsvDownload';
import { LoadFailed, Loading } from '../components/LoadState';
import { useFocusHeading } from '../use-focus-heading';
import { useNetworks } from '../use-networks';
import { useResource } from '../use-resource';
import { SUPPRESSED_TEXT, formatCount } from './figures';
import { defaultQuery, periodLabel, queryString, type StatisticsQuery } from './query';
import { StatisticsFilters } from './StatisticsFilters';
import { StatisticsReport } from './StatisticsReport';

/** The area in words, for the lead line. */
function areaName(area: string, networks: readonly PublicNetwork[]): string {
  if (area === '' || area === 'country') return 'heel Nederland';
  const [kind, id] = area.split(':') as [string, string];
  return kind === 'network' ? (networks.find((n) => n.id === id)?.name ?? id) : `de provincie ${id}`;
}

export function Statistics({ api, identity }: { api: ConsoleApi; identity: Identity }) {
  const heading = useFocusHeading('statistics');
  const networks = useNetworks(identity);
  const [query, setQuery] = useState(() => defaultQuery(new Date()));
  const search = queryString(query);
  const { resource, retry } = useResource(
    `statistics:${search}`,
    () => api.get<StatisticsResponse>(`/statistics?${search}`),
    (report) => `Statistieken geladen: ${formatCount(report.results)} ingevulde checks.`,
  );
  const area = identity.kind === 'network' ? identity.network.name : areaName(query.area, networks ?? []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Statistieken
      </h1>
      <p>
        Anonieme uitkomsten van de check in {area}, {periodLabel(query.period)}.
      </p>
      <p class="notice" id="suppressed-meaning">
        ‘{SUPPRESSED_TEXT}’ betekent: dit cijfer wordt niet getoond, omdat het over minder dan 5 bedrijven gaat, of omdat je het anders
        uit de andere cijfers (het totaal, of dezelfde tabel van de maand, het kwartaal of het jaar) zou kunnen uitrekenen. ‘Overige
        samen’ telt de verborgen categorieën bij elkaar op.
      </p>
      <StatisticsFilters initial={query} networks={networks} onApply={(next: StatisticsQuery) => (queryString(next) === search ? retry() : setQuery(next))} />
      <CsvDownload api={api} path={`/statistics.csv?${search}`} fallbackName="cyberscan-statistieken.csv" label="Download als CSV" />
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' && <StatisticsReport report={resource.value} />}
    </>
  );
}

/**
 * @module The statistics view: anonymous figures for the network's own area (an admin: the whole
 * country or any network), with filters and a CSV download of exactly what is shown.
 */
import { useState } from 'preact/hooks';
import type { StatisticsResponse } from '../../core/statistics';
import type { ConsoleApi } from '../api/client';
import type { Identity } from '../../core/console-api';
import { CsvDownload } from '../components/CsvDownload';
import { LoadFailed, Loading } from '../components/LoadState';
import { useFocusHeading } from '../use-focus-heading';
import { useNetworks } from '../use-networks';
import { useResource } from '../use-resource';
import { SUPPRESSED_TEXT, formatCount } from './figures';
import { defaultQuery, queryString, type StatisticsQuery } from './query';
import { StatisticsFilters } from './StatisticsFilters';
import { StatisticsReport } from './StatisticsReport';

export function Statistics({ api, identity }: { api: ConsoleApi; identity: Identity }) {
  const heading = useFocusHeading('statistics');
  const networks = useNetworks(identity);
  const [query, setQuery] = useState(() => defaultQuery(new Date()));
  const search = queryString(query);
  const { resource, retry } = useResource(
    `statistics:${search}`,
    () => api.get<StatisticsResponse>(`/statistics?${search}`),
    (report) => `Statistieken geladen: ${formatCount(report.total)} ingevulde scans.`,
  );
  const area = identity.kind === 'network' ? identity.network.name : networks?.find((n) => n.id === query.network)?.name;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Statistieken
      </h1>
      <p>
        Anonieme uitkomsten van ingevulde scans in {area ?? (query.network ? query.network : 'heel Nederland')}. Groepen van minder
        dan 5 scans tellen niet mee en kleine aantallen staan er als ‘{SUPPRESSED_TEXT}’, zodat geen bedrijf te herkennen is.
      </p>
      <StatisticsFilters initial={query} networks={networks} onApply={(next: StatisticsQuery) => (queryString(next) === search ? retry() : setQuery(next))} />
      <CsvDownload api={api} path={`/statistics.csv?${search}`} fallbackName="cyberscan-statistieken.csv" label="Download als CSV" />
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' && <StatisticsReport report={resource.value} />}
    </>
  );
}

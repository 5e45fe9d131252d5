/**
 * @module The referral inbox: newest first, searched and filtered (kept in the URL, so the back
 * button from a referral returns to the same list), fifty at a time, with a CSV export of the same.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import { ApiFailure } from '../api/failure';
import type { Identity } from '../../core/console-identity';
import type { InboxPage } from '../../core/inbox';
import { useAnnounce } from '../announcer';
import { filterQuery, type InboxFilters as Filters } from '../route';
import { STATUS_LABEL, formatNumber } from '../text';
import { useFocusHeading } from '../use-focus-heading';
import { useResource } from '../use-resource';
import { CsvDownload } from '../components/CsvDownload';
import { InboxFilters } from './InboxFilters';
import { InboxTable } from './InboxTable';
import { LoadFailed, Loading } from '../components/LoadState';
import { ResendAllFailed } from './ResendFailed';

interface InboxProps {
  readonly api: ConsoleApi;
  readonly identity: Identity;
  readonly filters: Filters;
}

const PAGE_SIZE = 50;

/** The list's filters, and where the next page starts. */
const query = (filters: Filters, cursor?: string) => [filterQuery(filters), cursor ? `cursor=${encodeURIComponent(cursor)}` : ''].filter(Boolean).join('&');

export function Inbox({ api, identity, filters }: InboxProps) {
  const heading = useFocusHeading('inbox');
  const { status, q, network } = filters;
  const current = { status, q, network };
  const { resource, retry, replace } = useResource(
    `inbox:${filterQuery(current)}`,
    () => api.get<InboxPage>(`/referrals?limit=${PAGE_SIZE}&${query(current)}`),
    (page) => `${formatNumber(page.referrals.length)} aanvragen geladen${page.nextCursor ? '; er zijn er meer' : ''}.`,
  );
  const announce = useAnnounce();
  const [moreProblem, setMoreProblem] = useState('');
  const [firstNew, setFirstNew] = useState<string | null>(null);
  // After "load more", focus goes to the first new row, where reading continues.
  useEffect(() => {
    if (firstNew) document.getElementById(`referral-${firstNew}`)?.focus();
  }, [firstNew]);

  const loadMore = async (page: InboxPage) => {
    setMoreProblem('');
    try {
      const next = await api.get<InboxPage>(`/referrals?limit=${PAGE_SIZE}&${query(current, page.nextCursor ?? undefined)}`);
      replace({ referrals: [...page.referrals, ...next.referrals], nextCursor: next.nextCursor });
      setFirstNew(next.referrals[0]?.reference ?? null);
    } catch (error) {
      const message = error instanceof ApiFailure ? error.message : 'Laden lukte niet.';
      setMoreProblem(message);
      announce(message);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Aanvragen
      </h1>
      <div class="toolbar">
        <InboxFilters identity={identity} filters={current} />
        <CsvDownload api={api} path={`/referrals.csv?${query(current)}`} fallbackName="cyberscan-aanvragen.csv" label="Exporteer als CSV" />
        <ResendAllFailed api={api} onResent={retry} />
      </div>
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' &&
        (resource.value.referrals.length === 0 ? (
          <p>
            {q
              ? `Niets gevonden voor ‘${q}’${status ? ` met de status ‘${STATUS_LABEL[status]}’` : ''}.`
              : status
                ? `Geen aanvragen met de status ‘${STATUS_LABEL[status]}’.`
                : 'Er zijn nog geen aanvragen.'}
          </p>
        ) : (
          <>
            <InboxTable referrals={resource.value.referrals} showNetwork={identity.kind === 'admin'} />
            {resource.value.nextCursor && (
              <button type="button" class="secondary" onClick={() => loadMore(resource.value)}>
                Meer aanvragen laden
              </button>
            )}
            {moreProblem && <p class="error">{moreProblem}</p>}
          </>
        ))}
    </>
  );
}

/**
 * @module The referral inbox: newest first, filtered by status (kept in the URL, so the back
 * button from a referral returns to the same list), fifty at a time, with a CSV export.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import { ApiFailure } from '../api/failure';
import type { Identity, InboxPage } from '../../core/console-api';
import { INBOX_STATUSES, type InboxStatus } from '../../core/referral-workflow';
import { useAnnounce } from '../announcer';
import { routeHash } from '../route';
import { STATUS_LABEL, formatNumber } from '../text';
import { useFocusHeading } from '../use-focus-heading';
import { useResource } from '../use-resource';
import { CsvDownload } from './CsvDownload';
import { InboxTable } from './InboxTable';
import { LoadFailed, Loading } from './LoadState';
import { ResendAllFailed } from './ResendFailed';

interface InboxProps {
  readonly api: ConsoleApi;
  readonly identity: Identity;
  readonly status: InboxStatus | undefined;
}

const PAGE_SIZE = 50;

const query = (status: InboxStatus | undefined, cursor?: string) =>
  new URLSearchParams({ ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }).toString();

export function Inbox({ api, identity, status }: InboxProps) {
  const heading = useFocusHeading('inbox');
  const { resource, retry, replace } = useResource(
    `inbox:${status ?? ''}`,
    () => api.get<InboxPage>(`/referrals?limit=${PAGE_SIZE}&${query(status)}`),
    (page) => `${formatNumber(page.referrals.length)} aanvragen geladen${page.nextCursor ? '; er zijn er meer' : ''}.`,
  );
  const announce = useAnnounce();
  const [moreProblem, setMoreProblem] = useState('');
  const [firstNew, setFirstNew] = useState<string | null>(null);
  // After "load more", focus goes to the first new row, where reading continues.
  useEffect(() => {
    if (firstNew) document.getElementById(`referral-${firstNew}`)?.focus();
  }, [firstNew]);

  const filter = (event: Event) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget as HTMLFormElement).get('status');
    location.hash = routeHash({ view: 'inbox', status: (chosen || undefined) as InboxStatus | undefined });
  };

  const loadMore = async (page: InboxPage) => {
    setMoreProblem('');
    try {
      const next = await api.get<InboxPage>(`/referrals?limit=${PAGE_SIZE}&${query(status, page.nextCursor ?? undefined)}`);
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
        <form class="filters" onSubmit={filter}>
          <p class="field">
            <label for="status-filter">Status</label>
            <select id="status-filter" name="status" value={status ?? ''}>
              <option value="">Alle statussen</option>
              {INBOX_STATUSES.map((s) => (
                <option value={s}>{STATUS_LABEL[s]}</option>
              ))}
            </select>
          </p>
          <button type="submit">Filteren</button>
        </form>
        <CsvDownload api={api} path={`/referrals.csv?${query(status)}`} fallbackName="cyberscan-aanvragen.csv" label="Exporteer als CSV" />
        <ResendAllFailed api={api} onResent={retry} />
      </div>
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' &&
        (resource.value.referrals.length === 0 ? (
          <p>{status ? `Geen aanvragen met de status ‘${STATUS_LABEL[status]}’.` : 'Er zijn nog geen aanvragen.'}</p>
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

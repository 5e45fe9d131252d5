/**
 * @module Where the console is, in the URL's hash: `#/aanvragen[?status=new&q=bakkerij&network=cyberwerf]`,
 * `#/aanvragen/CS-7K4P-2QX9`, `#/statistieken`, `#/niet-geregistreerde-sites`, `#/aanmeldingen`. A hash keeps the back button and a reload
 * working without the worker knowing any console paths but /console.
 */
import { SEARCH_MAX } from '../core/inbox';
import { NETWORK_ID_PATTERN } from '../core/network-id';
import { REFERENCE_PATTERN } from '../core/reference';
import { INBOX_STATUSES, type InboxStatus } from '../core/referral-workflow';

/** What the inbox is filtered by; each is left out when not chosen. */
export interface InboxFilters {
  readonly status?: InboxStatus;
  /** Company, contact name, e-mail address or reference. */
  readonly q?: string;
  /** An admin's choice of network. */
  readonly network?: string;
}

export type ConsoleRoute =
  | ({ readonly view: 'inbox' } & InboxFilters)
  | { readonly view: 'referral'; readonly reference: string }
  | { readonly view: 'statistics' }
  | { readonly view: 'unregistered-sites' }
  | { readonly view: 'registrations' };


const isStatus = (value: string | null): value is InboxStatus =>
  (INBOX_STATUSES as readonly (string | null)[]).includes(value);

/** The filters as a query string, in a fixed order, without the ones left out. */
export function filterQuery(filters: InboxFilters): string {
  const entries = (['status', 'q', 'network'] as const).flatMap((key) => (filters[key] ? [[key, filters[key]] as [string, string]] : []));
  return new URLSearchParams(entries).toString();
}

/** The route of `hash`; anything unknown is the inbox, and an unknown filter is left out. */
export function parseRoute(hash: string): ConsoleRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [section, reference] = path.split('/');
  if (section === 'statistieken') return { view: 'statistics' };
  if (section === 'niet-geregistreerde-sites') return { view: 'unregistered-sites' };
  if (section === 'aanmeldingen') return { view: 'registrations' };
  if (section === 'aanvragen' && reference !== undefined && REFERENCE_PATTERN.test(reference)) return { view: 'referral', reference };
  const params = new URLSearchParams(query);
  const status = params.get('status');
  const q = params.get('q')?.trim().slice(0, SEARCH_MAX);
  const network = params.get('network');
  return {
    view: 'inbox',
    ...(isStatus(status) ? { status } : {}),
    ...(q ? { q } : {}),
    ...(network !== null && NETWORK_ID_PATTERN.test(network) ? { network } : {}),
  };
}

/** The hash that shows `route`. */
export function routeHash(route: ConsoleRoute): string {
  if (route.view === 'statistics') return '#/statistieken';
  if (route.view === 'unregistered-sites') return '#/niet-geregistreerde-sites';
  if (route.view === 'registrations') return '#/aanmeldingen';
  if (route.view === 'referral') return `#/aanvragen/${route.reference}`;
  const query = filterQuery(route);
  return query ? `#/aanvragen?${query}` : '#/aanvragen';
}

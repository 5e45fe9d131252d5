/**
 * @module Where the console is, in the URL's hash: `#/aanvragen[?status=new]`,
 * `#/aanvragen/CS-7K4P-2QX9`, `#/statistieken`. A hash keeps the back button and a reload
 * working without the worker knowing any console paths but /console.
 */
import { INBOX_STATUSES, type InboxStatus } from '../core/referral-workflow';

export type ConsoleRoute =
  | { readonly view: 'inbox'; readonly status?: InboxStatus }
  | { readonly view: 'referral'; readonly reference: string }
  | { readonly view: 'statistics' };

const REFERENCE = /^CS-[2-9A-Z]{4}-[2-9A-Z]{4}$/;

const isStatus = (value: string | null): value is InboxStatus =>
  (INBOX_STATUSES as readonly (string | null)[]).includes(value);

/** The route of `hash`; anything unknown is the inbox. */
export function parseRoute(hash: string): ConsoleRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [section, reference] = path.split('/');
  if (section === 'statistieken') return { view: 'statistics' };
  if (section === 'aanvragen' && reference !== undefined && REFERENCE.test(reference)) return { view: 'referral', reference };
  const status = new URLSearchParams(query).get('status');
  return isStatus(status) ? { view: 'inbox', status } : { view: 'inbox' };
}

/** The hash that shows `route`. */
export function routeHash(route: ConsoleRoute): string {
  if (route.view === 'statistics') return '#/statistieken';
  if (route.view === 'referral') return `#/aanvragen/${route.reference}`;
  return route.status ? `#/aanvragen?status=${route.status}` : '#/aanvragen';
}

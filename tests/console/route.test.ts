/** The console's places in the URL hash (console/route.ts): what a link, the back button and a reload see. */
import { expect, test } from 'vitest';
import { parseRoute, routeHash, type ConsoleRoute } from '../../console/route';

test.each<ConsoleRoute>([
  { view: 'inbox' },
  { view: 'inbox', status: 'scan_planned' },
  { view: 'inbox', status: 'new', q: 'Bakkerij & zn', network: 'cyberwerf' },
  { view: 'referral', reference: 'CS-7K4P-2QX9' },
  { view: 'statistics' },
  { view: 'unregistered-sites' },
  { view: 'registrations' },
])('%o survives a reload: its hash reads back as the same place', (route) => {
  expect(parseRoute(routeHash(route))).toEqual(route);
});

test('an empty, unknown or malformed hash opens the inbox', () => {
  for (const hash of ['', '#', '#/onbekend', '#/aanvragen/niet-een-referentie', '#/aanvragen?status=kwijt']) {
    expect(parseRoute(hash)).toEqual({ view: 'inbox' });
  }
});

/**
 * The console's list of unregistered sites (console/components/UnregisteredSites.tsx) in happy-dom:
 * each host with its checks, requests and last day in Dutch; and only an admin's console links
 * to it. The API answers through a stand-in for the console client (the worker's own access rule,
 * 403 for a network token, is tested in tests/worker/unregistered-sites-console.test.ts).
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Identity } from '../../core/console-identity';
import type { UnregisteredSitesResponse } from '../../core/unregistered-sites';
import type { ConsoleApi } from '../../console/api/client';
import { Announcer } from '../../console/announcer';
import { Shell } from '../../console/components/Shell';
import { UnregisteredSites } from '../../console/components/UnregisteredSites';

afterEach(cleanup);

const SITES: UnregisteredSitesResponse = {
  sites: [
    { host: 'www.bakkersvereniging.example', results: 12, referrals: 3, lastDay: '2026-11-30' },
    { host: 'localhost:5173', results: 1, referrals: 0, lastDay: '2026-10-02' },
  ],
};

/** Answers every GET with `body`, as the console client would after parsing. */
const answering = (body: unknown) => ({ get: async () => body }) as unknown as ConsoleApi;

test('lists each unregistered site with its checks, requests and last day, the most recent first', async () => {
  render(<Announcer><UnregisteredSites api={answering(SITES)} /></Announcer>);
  const table = await screen.findByRole('table', { name: 'Sites, de laatst actieve eerst' });
  const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole(/cell|rowheader/).map((cell) => cell.textContent));
  expect(rows).toEqual([
    ['www.bakkersvereniging.example', '12', '3', '30-11-2026'],
    ['localhost:5173', '1', '0', '02-10-2026'],
  ]);
});

test('says so when the check runs on registered sites only', async () => {
  render(<Announcer><UnregisteredSites api={answering({ sites: [] })} /></Announcer>);
  await screen.findByText('Nog geen: de check draait alleen op geregistreerde sites.');
});

const admin: Identity = { kind: 'admin', personName: 'Beheer' };
const network: Identity = { kind: 'network', network: { id: 'cyberwerf', name: 'Cyberwerf' }, personName: 'Sanne' };

/** A client whose every request is still on its way: the views stay loading. */
const waiting = { get: () => new Promise(() => undefined) } as unknown as ConsoleApi;

test.each([
  { who: 'an admin', identity: admin, links: 1 },
  { who: 'a network', identity: network, links: 0 },
])('the console of $who has $links link(s) to the unregistered sites, and one to the registrations', ({ identity, links }) => {
  // A view that loads through the client only (the inbox also fetches the public network list).
  location.hash = '#/aanmeldingen';
  render(<Announcer><Shell api={waiting} identity={identity} onSignOut={() => undefined} /></Announcer>);
  const nav = screen.getByRole('navigation', { name: 'Console' });
  expect(within(nav).queryAllByRole('link', { name: 'Niet-geregistreerde sites' })).toHaveLength(links);
  within(nav).getByRole('link', { name: 'Aanmeldingen' });
});

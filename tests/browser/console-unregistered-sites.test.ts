/**
 * The console's list of unregistered sites in real Chromium: an admin sees the host name of a
 * site that sent a result without being registered, with its count; a network's token has no
 * link to the list, and opening its address directly shows that it is for administrators.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import type { ResultRequest } from '../../core/contracts';
import { MIXED, createToken } from './console-fixtures';
import { describeInBrowser, origin, usePage } from './page';

/** New on every run: the dev server is shared by the test files. */
const HOST = `www.winkeliers-${crypto.randomUUID().slice(0, 6)}.example`;

let admin: string;
let network: string;
beforeAll(async () => {
  [admin, network] = [createToken({ admin: true, name: 'Beheer CyberScan' }), createToken({ network: 'cyberwerf', name: 'Sanne de Boer' })];
  const result: ResultRequest = { submissionId: crypto.randomUUID(), partner: 'demo', bankVersion: bankStructure.version, lang: 'nl', answers: MIXED };
  // As the widget on that site sends it; a client address of its own keeps the rate limits apart.
  const response = await fetch(`${origin}/api/v1/results`, {
    method: 'POST',
    headers: { Origin: `https://${HOST}`, 'Content-Type': 'application/json', 'CF-Connecting-IP': '192.0.2.88' },
    body: JSON.stringify(result),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/results: ${response.status} ${await response.text()}`);
});

async function signInAt(page: Page, token: string): Promise<void> {
  await page.goto(`${origin}/console#/niet-geregistreerde-sites`);
  await page.getByLabel('Toegangscode').fill(token);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.getByRole('heading', { name: 'Niet-geregistreerde sites', level: 1 }).waitFor();
}

describeInBrowser('the unregistered sites in the console', () => {
  const { page } = usePage();

  test('an admin sees the site that sent a check, with its count', async () => {
    await signInAt(page(), admin);
    const row = page().getByRole('table', { name: 'Sites, de laatst actieve eerst' }).getByRole('row').filter({ hasText: HOST });
    await row.waitFor();
    expect((await row.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['1', '0']);
    expect(await page().getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Niet-geregistreerde sites' }).count()).toBe(1);
  });

  test('a network has no link to it, and its address says it is for administrators', async () => {
    await signInAt(page(), network);
    // The visible failure (the live region says it too).
    await page().locator('.problem').getByText('Deze toegangscode geeft alleen toegang tot je eigen netwerk.').waitFor();
    expect(await page().getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Niet-geregistreerde sites' }).count()).toBe(0);
    expect(await page().getByText(HOST).count()).toBe(0);
  });
});

/**
 * A site that no partner registered (a second local origin, under its own strict CSP) embeds the
 * widget with the snippet: the visitor completes the check and asks for a scan, which passes the
 * Turnstile stand-in and reaches the development inbox marked unregistered; with the always-fail
 * test keys the visitor gets the network's own contact instead of a retry loop.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { targets } from '../../build/targets';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import { nl as referralNl } from '../../widget/referral/i18n/nl';
import { startDevServer, TURNSTILE_TEST_KEYS, type DevServer } from './dev-server';
import { MIXED_ANSWERS, answerAllQuestions, startScan } from './flow';
import { describeInBrowser, NAVIGATION_TIMEOUT_MS, origin, STEP_TIMEOUT_MS, usePage } from './page';
import { startPartnerSite, type PartnerSite } from './partner-site';

const UTRECHT = 'Cybernetwerk Utrecht';

/** The snippet /embed hands out, on a page whose CSP allows exactly what /embed documents. */
async function siteFor(api: string): Promise<PartnerSite> {
  const csp = `default-src 'none'; script-src ${api}; connect-src ${api}; img-src data:; frame-src ${api}`;
  return startPartnerSite(`<h1>Bakkersvereniging</h1><script src="${api}/widget.js" async></script><cyber-scan partner="demo" lang="nl"></cyber-scan>`, csp);
}

/** From the partner page through the check to the filled-in referral form for Utrecht. */
async function fillReferral(page: Page, siteOrigin: string): Promise<void> {
  await page.goto(`${siteOrigin}/`);
  await startScan(page);
  await answerAllQuestions(page, MIXED_ANSWERS);
  await page.getByRole('button', { name: nl.referral.open, exact: true }).click();
  await page.getByLabel(referralNl.form.labels.postcode, { exact: true }).fill('3511');
  await page.getByRole('button', { name: referralNl.postcode.find, exact: true }).click();
  await page.getByRole('heading', { name: fill(referralNl.form.title, { network: UTRECHT }), exact: true }).waitFor();
  await page.getByLabel(referralNl.form.labels.companyName, { exact: true }).fill('Banketbakkerij Lont');
  await page.getByLabel(referralNl.form.labels.contactName, { exact: true }).fill('Eva Lont');
  await page.getByLabel(referralNl.form.labels.email, { exact: true }).fill('eva@example.nl');
}

/** The statuses of the page's answers from `path`, as they arrive. */
function statuses(page: Page, path: string): () => number[] {
  const seen: number[] = [];
  page.on('response', (r) => new URL(r.url()).pathname === path && seen.push(r.status()));
  return () => seen;
}

describeInBrowser('the snippet on a site that is not registered, Turnstile passing', () => {
  const { page, errors } = usePage();
  let site: PartnerSite;
  beforeAll(async () => (site = await siteFor(origin)));
  afterAll(() => site.stop());

  test('the visitor completes the check and the request reaches the inbox, marked with the site', async () => {
    const results = statuses(page(), '/api/v1/results');
    const referrals = statuses(page(), '/api/v1/referrals');
    await fillReferral(page(), site.origin);
    await expect.poll(results, { timeout: STEP_TIMEOUT_MS }).toEqual([201]);
    // The stand-in renders in the form and hands over its token.
    await page().locator('cyber-scan [data-turnstile-standin][data-state="passed"]').waitFor();
    await page().getByRole('button', { name: referralNl.form.submit, exact: true }).click();
    await page().getByRole('heading', { name: referralNl.sent.title, exact: true }).waitFor();
    expect(referrals()).toEqual([201]);
    const reference = (await page().locator('cyber-scan').locator('.reference').textContent()) ?? '';
    expect(errors()).toEqual([]);

    const host = new URL(site.origin).host;
    const inboxRow = async () => {
      await page().goto(`${origin}/dev/inbox`);
      return (await page().getByRole('table', { name: 'Webhooks' }).getByRole('row').filter({ hasText: reference }).textContent()) ?? '';
    };
    await expect.poll(inboxRow, { timeout: NAVIGATION_TIMEOUT_MS, interval: 500 }).toContain(`"unregisteredSite": "${host}"`);
    expect(await inboxRow()).toContain('"id": "niet-geregistreerd"');
  });
});

describeInBrowser('the snippet on a site that is not registered, Turnstile always failing', () => {
  const { page } = usePage();
  let server: DevServer;
  let site: PartnerSite;
  beforeAll(async () => {
    server = await startDevServer(TURNSTILE_TEST_KEYS.fail);
    site = await siteFor(server.origin);
  });
  afterAll(async () => {
    await site?.stop();
    await server?.stop();
  });

  test('the visitor gets the network\'s website and no retry, and nothing is sent', async () => {
    const referrals = statuses(page(), '/api/v1/referrals');
    await fillReferral(page(), site.origin);
    await page().getByText(referralNl.failure.botFailed, { exact: true }).waitFor();
    const link = page().getByRole('link', { name: fill(referralNl.failure.contactLink, { network: UTRECHT }), exact: true });
    expect(await link.getAttribute('href')).toBe('https://cybernetwerkutrecht.nl');
    expect(await page().getByRole('button', { name: referralNl.failure.retry, exact: true }).count()).toBe(0);
    expect(await page().getByRole('button', { name: referralNl.form.submit, exact: true }).isDisabled()).toBe(true);
    expect(referrals()).toEqual([]);
  });
});

describeInBrowser('the snippet on a site whose CSP blocks the bot check', () => {
  const { page } = usePage();
  let site: PartnerSite;
  // CSP sources may name single files: the widget's own scripts pass, Turnstile's script does not.
  const ownScripts = targets.filter((t) => t.kind === 'partner-script').map((t) => `${origin}/${t.file}`);
  const csp = `default-src 'none'; script-src ${ownScripts.join(' ')}; connect-src ${origin}`;
  beforeAll(async () => {
    site = await startPartnerSite(`<script src="${origin}/widget.js" async></script><cyber-scan partner="demo" lang="nl"></cyber-scan>`, csp);
  });
  afterAll(() => site.stop());

  test('says the check could not load, with the network\'s contact and no retry', async () => {
    await fillReferral(page(), site.origin);
    await page().getByText(referralNl.failure.blocked, { exact: true }).waitFor();
    expect(await page().getByRole('link', { name: fill(referralNl.failure.contactLink, { network: UTRECHT }), exact: true }).count()).toBe(1);
    expect(await page().getByRole('button', { name: referralNl.failure.retry, exact: true }).count()).toBe(0);
  });
});

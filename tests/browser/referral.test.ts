/**
 * The funnel end to end, in Chromium against `wrangler dev` (dev seed, development inbox on): a
 * visitor on the partner page finishes the scan, asks for a scan at their network and gets a
 * reference, and the network receives the referral by signed webhook in the development inbox.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import { nl as referralNl } from '../../widget/referral/i18n/nl';
import { MIXED_ANSWERS, answerAllQuestions, startScan } from './flow';
import { describeInBrowser, NAVIGATION_TIMEOUT_MS, origin, STEP_TIMEOUT_MS, usePage } from './page';

const UTRECHT = 'Cybernetwerk Utrecht';
const REFERENCE = /^CS-[2-9A-Z]{4}-[2-9A-Z]{4}$/;

declare global {
  interface Window {
    referralViolations?: string[];
  }
}

/** CSP violations from the page's first moment (init scripts are not governed by its CSP). */
async function recordViolations(page: Page): Promise<() => Promise<string[] | undefined>> {
  await page.addInitScript(() => {
    window.referralViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.referralViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return () => page.evaluate(() => window.referralViolations);
}

/** From the partner page to the referral form for Utrecht. */
async function openReferralForUtrecht(page: Page): Promise<void> {
  await page.goto(`${origin}/`);
  await startScan(page);
  await answerAllQuestions(page, MIXED_ANSWERS);
  await page.getByRole('button', { name: nl.referral.open, exact: true }).click();
  await page.getByRole('heading', { name: referralNl.postcode.title, exact: true }).waitFor();
  await page.getByLabel(referralNl.form.labels.postcode, { exact: true }).fill('3511');
  await page.getByRole('button', { name: referralNl.postcode.find, exact: true }).click();
  await page.getByRole('heading', { name: fill(referralNl.form.title, { network: UTRECHT }), exact: true }).waitFor();
}

/** The statuses of the page's answers from `path`, as they arrive. */
function responseStatuses(page: Page, path: string): () => number[] {
  const statuses: number[] = [];
  page.on('response', (r) => r.url().endsWith(path) && statuses.push(r.status()));
  return () => statuses;
}

/** How often the development inbox lists `reference`, on a fresh load of it. */
async function inboxListings(page: Page, reference: string): Promise<number> {
  await page.goto(`${origin}/dev/inbox`);
  return page.getByText(reference, { exact: true }).count();
}

describeInBrowser('asking for a scan from the result', () => {
  const { page, errors } = usePage();

  test('reaches Cybernetwerk Utrecht for 3511, which receives it in the development inbox', async () => {
    const violations = await recordViolations(page());
    // Recorded from the start and awaited after the walk through the scan, so the wait for the
    // stored result never has to cover the whole walk (it timed out there on a busy machine).
    const storedResults = responseStatuses(page(), '/api/v1/results');
    await openReferralForUtrecht(page());
    await expect.poll(storedResults, { timeout: STEP_TIMEOUT_MS }).toEqual([201]);

    await page().getByLabel(referralNl.form.labels.companyName, { exact: true }).fill('Bakkerij De Korenschoof');
    await page().getByLabel(referralNl.form.labels.contactName, { exact: true }).fill('Sanne de Vries');
    await page().getByLabel(referralNl.form.labels.email, { exact: true }).fill('sanne@example.nl');
    await page().getByRole('button', { name: referralNl.form.submit, exact: true }).click();
    await page().getByRole('heading', { name: referralNl.sent.title, exact: true }).waitFor();
    const reference = (await page().locator('cyber-scan').locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(REFERENCE);

    // widget-referral.js was added to the page once, as an async script from the widget's host.
    const scripts = await page().evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src$="/widget-referral.js"]')].map((s) => ({ src: s.src, async: s.async })),
    );
    expect(scripts).toEqual([{ src: `${origin}/widget-referral.js`, async: true }]);
    expect(await violations()).toEqual([]);
    expect(errors()).toEqual([]);

    // Delivery goes through the queue (batches of up to a second) and a signed webhook.
    await expect.poll(() => inboxListings(page(), reference), { timeout: NAVIGATION_TIMEOUT_MS, interval: 500 }).toBeGreaterThan(0);
    const row = page().getByRole('table', { name: 'Webhooks' }).getByRole('row').filter({ hasText: reference });
    expect(await row.getByText(UTRECHT, { exact: true }).count()).toBe(1);
    // Signed per Standard Webhooks over real HTTP, and verified by the development inbox as the specification says.
    expect(await row.locator('td.ok').textContent()).toBe('ja (Standard Webhooks)');

    // The entrepreneur's confirmation e-mail, through the same queue, is listed with the right reference.
    const subject = `CyberScan: je aanvraag ${reference} voor een scan`;
    const mailRow = page().getByRole('table', { name: 'E-mails' }).getByRole('row').filter({ hasText: subject });
    await expect.poll(async () => (await page().goto(`${origin}/dev/inbox`), mailRow.count()), { timeout: NAVIGATION_TIMEOUT_MS, interval: 500 }).toBe(1);
    expect(await mailRow.getByText('sanne@example.nl', { exact: true }).count()).toBe(1);
    expect(await mailRow.locator('pre').textContent()).toContain(`/withdraw?reference=${reference}`);
  });

  test('tells the page cyberscan:referral with the network id only', async () => {
    await page().addInitScript(() => {
      document.addEventListener('cyberscan:referral', (e) => ((window as unknown as { referral: unknown }).referral = (e as CustomEvent).detail));
    });
    await openReferralForUtrecht(page());
    await page().getByLabel(referralNl.form.labels.companyName, { exact: true }).fill('Installatiebedrijf Lek');
    await page().getByLabel(referralNl.form.labels.contactName, { exact: true }).fill('Ahmed Bakker');
    await page().getByLabel(referralNl.form.labels.email, { exact: true }).fill('ahmed@example.nl');
    await page().getByRole('button', { name: referralNl.form.submit, exact: true }).click();
    await page().getByRole('heading', { name: referralNl.sent.title, exact: true }).waitFor();
    expect(await page().evaluate(() => (window as unknown as { referral: unknown }).referral)).toEqual({ network: 'cybernetwerk-utrecht' });
  });
});

describeInBrowser('a sent request on the result', () => {
  const { page, errors } = usePage();

  test('keeps its reference after going back and a reload, and a second request needs a deliberate step', async () => {
    const referrals = responseStatuses(page(), '/api/v1/referrals');
    await openReferralForUtrecht(page());
    await page().getByLabel(referralNl.form.labels.companyName, { exact: true }).fill('Bakkerij Het Volkoren');
    await page().getByLabel(referralNl.form.labels.contactName, { exact: true }).fill('Joris Smit');
    await page().getByLabel(referralNl.form.labels.email, { exact: true }).fill('joris@example.nl');
    await page().getByRole('button', { name: referralNl.form.submit, exact: true }).click();
    await page().getByRole('heading', { name: referralNl.sent.title, exact: true }).waitFor();
    const reference = (await page().locator('cyber-scan').locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(REFERENCE);

    const sentLine = page().getByText(`bij ${UTRECHT} (${reference}).`, { exact: false });
    await page().getByRole('button', { name: referralNl.back, exact: true }).click();
    await sentLine.waitFor();
    await page().reload();
    await sentLine.waitFor();
    expect(await page().getByRole('button', { name: nl.referral.open, exact: true }).count()).toBe(0);
    expect(await page().getByRole('link', { name: nl.referral.withdraw, exact: true }).getAttribute('href')).toContain(reference);

    // "Nog een aanvraag" asks first; "Nee" keeps the result as it was, and nothing was sent again.
    await page().getByRole('button', { name: nl.referral.again, exact: true }).click();
    await page().getByRole('button', { name: nl.referral.againNo, exact: true }).click();
    await page().getByRole('button', { name: nl.referral.again, exact: true }).waitFor();
    expect(referrals()).toEqual([201]);
    expect(errors()).toEqual([]);
  });
});

describeInBrowser('the referral form on a 320 px wide phone', () => {
  const { page, errors } = usePage({ viewport: { width: 320, height: 640 } });

  test('fits without scrolling sideways, messages included', async () => {
    await openReferralForUtrecht(page());
    await page().getByRole('button', { name: referralNl.form.submit, exact: true }).click();
    await page().getByText(referralNl.problems.email.missing!, { exact: true }).waitFor();
    const widths = await page().evaluate(() => {
      const container = document.querySelector('cyber-scan')!.shadowRoot!.querySelector('.container')!;
      return { widget: [container.scrollWidth, container.clientWidth], page: [document.documentElement.scrollWidth, 320] };
    });
    expect(widths.widget[0]).toBeLessThanOrEqual(widths.widget[1]!);
    expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]!);
    expect(errors()).toEqual([]);
  });
});

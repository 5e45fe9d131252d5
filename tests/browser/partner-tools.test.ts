/**
 * The partner tools page /embed: a partner chooses language, network, partner id and colours,
 * and the code to paste, the live preview (a real `<cyber-scan>`) and the CSP advice follow.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { en } from '../../widget/i18n/en';
import { nl } from '../../widget/i18n/nl';
import { progressText, startScan } from './flow';
import { describeInBrowser, NAVIGATION_TIMEOUT_MS, origin, STEP_TIMEOUT_MS, usePage } from './page';
import { pageViolations } from './page-violations';

const snippet = (page: Page) => page.locator('#snippet-html').textContent();
const preview = (page: Page) => page.locator('#preview-scan');

async function openTools(page: Page): Promise<void> {
  await page.goto(`${origin}/embed`);
  await preview(page).getByRole('heading', { name: nl.intro.title, exact: true }).waitFor();
  // The networks arrive from the public API after the page has loaded.
  await page.locator('#network option[value="cyberwerf"]').waitFor({ state: 'attached' });
}

describeInBrowser('the partner tools page', () => {
  const { page, errors } = usePage();

  test('shows the code to paste, with this deployment\'s widget.js, and has no axe violations', async () => {
    await openTools(page());

    expect(await snippet(page())).toBe(
      `<script src="${origin}/widget.js" async></script>\n<cyber-scan partner="jouw-partner-id" lang="nl"></cyber-scan>`,
    );
    expect(await pageViolations(page())).toEqual([]);
    expect(errors()).toEqual([]);
  });

  test('choosing English, a network and a partner id updates the code and the live preview', async () => {
    await openTools(page());
    await page().getByLabel('Engels').check();
    await page().getByLabel('Vast netwerk (niet verplicht)').selectOption('cyberwerf');
    await page().getByLabel('Partner-id').fill('gemeente-lindewaard');

    expect(await snippet(page())).toBe(
      `<script src="${origin}/widget.js" async></script>\n` +
        '<cyber-scan partner="gemeente-lindewaard" lang="en" network="cyberwerf"></cyber-scan>',
    );
    await startScan(preview(page()), en);
    expect(await preview(page()).getByText(progressText(1, en), { exact: true }).isVisible()).toBe(true);
    expect(await preview(page()).getAttribute('network')).toBe('cyberwerf');
    expect(errors()).toEqual([]);
  });

  test('an accent colour goes into the CSS to paste and, through the CSSOM, onto the preview', async () => {
    await openTools(page());
    await page().locator('#accent').fill('#0b5563');

    expect(await page().locator('#snippet-css').textContent()).toBe('cyber-scan {\n  --cyberscan-accent: #0b5563;\n}');
    const start = preview(page()).getByRole('button', { name: nl.intro.start, exact: true });
    expect(await start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(11, 85, 99)');
    expect(errors()).toEqual([]);
  });

  test('an accent that leaves the button text unreadable is flagged', async () => {
    await openTools(page());
    await page().locator('#accent').fill('#dddddd');

    await page().getByText('Let op: tekst op knoppen').waitFor();
  });

  test('the Content-Security-Policy advice names this origin in script-src and connect-src', async () => {
    await openTools(page());
    const directives = await page().locator('#csp-directives').textContent();

    expect(directives).toBe(`script-src ${origin}\nconnect-src ${origin}`);
    expect(await page().getByText("'strict-dynamic'").first().isVisible()).toBe(true);
  });

  test('lists the events a partner can listen to, with an example that listens to each', async () => {
    await openTools(page());
    const events = await page().getByRole('table', { name: 'Gebeurtenissen van de check' }).locator('tbody th').allTextContents();

    expect(events).toEqual(['cyberscan:start', 'cyberscan:complete', 'cyberscan:referral']);
    for (const event of events) expect(await page().getByText(`addEventListener('${event}'`).count()).toBe(1);
  });

  test('the copy button puts the code on the clipboard', async () => {
    await page().context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await openTools(page());
    await page().getByLabel('Partner-id').fill('gemeente-lindewaard');
    await page().getByRole('button', { name: 'Kopieer de HTML' }).click();

    await page().getByText('HTML-code gekopieerd.').waitFor();
    expect(await page().evaluate(() => navigator.clipboard.readText())).toBe(await snippet(page()));
  });

  test('without clipboard access the code is selected for Ctrl+C instead', async () => {
    await page().addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await openTools(page());
    await page().getByLabel('Partner-id').fill('gemeente-lindewaard');
    await page().getByRole('button', { name: 'Kopieer de HTML' }).click();

    await page().getByText('De HTML-code is geselecteerd').waitFor();
    expect(await page().evaluate(() => window.getSelection()?.toString())).toBe(await snippet(page()));
  });
});

describeInBrowser('the code to copy', () => {
  const { page, errors } = usePage();

  test('cannot be copied with the placeholder, and never takes an invalid id', async () => {
    await openTools(page());
    const copyHtml = page().getByRole('button', { name: 'Kopieer de HTML', exact: true });
    const copyFrame = page().getByRole('button', { name: 'Kopieer de iframe-code', exact: true });
    expect([await copyHtml.isDisabled(), await copyFrame.isDisabled()]).toEqual([true, true]);
    await page().getByLabel('Partner-id').fill('Bakkers Vereniging Utrecht!');
    expect(await snippet(page())).toContain('partner="jouw-partner-id"');
    expect(await page().locator('#snippet-frame').textContent()).toContain('partner=jouw-partner-id&');
    expect(await copyHtml.isDisabled()).toBe(true);
    await page().getByLabel('Partner-id').fill('bakkers-utrecht');
    expect(await snippet(page())).toContain('partner="bakkers-utrecht"');
    expect([await copyHtml.isDisabled(), await copyFrame.isDisabled()]).toEqual([false, false]);
    expect(await page().locator('#snippet-status').isHidden()).toBe(true);
    expect(errors()).toEqual([]);
  });
});

/** How wide the page is, and the first elements that stick out of the viewport (to say what broke). */
const sideways = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`),
  }));

for (const width of [320, 390, 768]) {
  describeInBrowser(`the partner tools page ${width} px wide`, () => {
    const { page } = usePage({ viewport: { width, height: 800 } });

    test('fits without scrolling sideways, preview included', async () => {
      await openTools(page());
      const wide = await sideways(page());
      expect(wide.culprits).toEqual([]);
      expect(wide.page).toBeLessThanOrEqual(width);
    });
  });
}

describeInBrowser('the partner tools page at 200% zoom', () => {
  const { page } = usePage();

  // Zooming a 1280 px window to 200% leaves 640 CSS pixels at two device pixels each (WCAG 1.4.4, 1.4.10).
  test('fits a 1280 px window zoomed to 200% without scrolling sideways, registration form included', async () => {
    const zoomed = await page().context().browser()!.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    zoomed.setDefaultTimeout(STEP_TIMEOUT_MS);
    zoomed.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    try {
      const tab = await zoomed.newPage();
      await openTools(tab);
      expect(await tab.evaluate(() => window.devicePixelRatio)).toBe(2);
      await tab.getByRole('heading', { name: 'Registreer je site', level: 2 }).waitFor();
      const wide = await sideways(tab);
      expect(wide.culprits).toEqual([]);
      expect(wide.page).toBeLessThanOrEqual(640);
    } finally {
      await zoomed.close();
    }
  });
});

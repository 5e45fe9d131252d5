/**
 * The result on A4 in Chromium: printed with the widget's own button (so the rest of the partner
 * page is left off, as on a visitor's printer), Chromium's PDF output has at most two pages for a
 * typical result, and the header names who offers the check and, after a request, the network
 * and the reference.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { nl } from '../../widget/i18n/nl';
import { MIXED_ANSWERS, answerAllQuestions, outcomeOf, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

const ORGANISER = 'Ondernemersvereniging Binnenstad';

/** The partner page with `organiser="…"` on its widget, as a partner would embed it. */
async function withOrganiser(page: Page): Promise<void> {
  await page.route(`${origin}/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<cyber-scan partner="demo"', `<cyber-scan partner="demo" organiser="${ORGANISER}"`);
    await route.fulfill({ response, body });
  });
}

/** The print dialog left out: the widget prepares the page as for a real print, then nothing blocks. */
async function printWithTheButton(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.locator('cyber-scan').getByRole('button', { name: nl.result.print, exact: true }).click();
  await page.emulateMedia({ media: 'print' });
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describeInBrowser('the printed result on A4', () => {
  const { page, errors } = usePage();

  test('fits two pages for a typical result, with the organiser in the header and no buttons', async () => {
    await withOrganiser(page());
    await page().goto(`${origin}/`);
    await startScan(page());
    await answerAllQuestions(page(), MIXED_ANSWERS);
    // Typical: several open points, so first steps and advice per principle fill the pages.
    expect(outcomeOf(MIXED_ANSWERS).assessment.actions.length).toBeGreaterThan(8);
    await printWithTheButton(page());
    const widget = page().locator('cyber-scan');
    const header = widget.locator('.print-only').first();
    await header.waitFor({ state: 'visible' });
    const pages = pageCount(await page().pdf({ format: 'A4' }));
    console.log(`printed result: ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    expect(await header.textContent()).toContain(`aangeboden door ${ORGANISER}`);
    const visibleButtons = await widget.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    expect(errors()).toEqual([]);
  });

  test('names the network, its contact and the reference in the header after a request was sent', async () => {
    const answers = outcomeOf(MIXED_ANSWERS).answers;
    const saved = {
      bankVersion: bankStructure.version,
      step: 2 + bankStructure.questions.length,
      profile: {},
      answers,
      referral: { reference: 'CS-7K4P-2QX9', network: { id: 'cybernetwerk-utrecht', name: 'Cybernetwerk Utrecht' }, sentOn: '2026-11-30' },
    };
    await page().addInitScript((value) => localStorage.setItem('cyberscan:demo', value), JSON.stringify(saved));
    await page().goto(`${origin}/`);
    await page().getByRole('heading', { name: nl.result.title, exact: true }).waitFor();
    await printWithTheButton(page());
    const request = page().locator('cyber-scan').locator('.print-only.print-request');
    await request.waitFor({ state: 'visible' });
    await expect.poll(() => request.textContent()).toMatch(/Cybernetwerk Utrecht.*CS-7K4P-2QX9/);
    await expect.poll(() => page().locator('cyber-scan').locator('.print-only').first().textContent()).toContain('aangeboden door Demo (lokale ontwikkeling)');
    expect(errors()).toEqual([]);
  });
});

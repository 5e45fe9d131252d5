/**
 * `/demo/multiple`: a Dutch and an English `<cyber-scan>` in the HTML, a `<div>` filled by
 * `window.CyberScan.mount`, and a button that inserts another scan later, as a single-page app does.
 */
import { expect, test } from 'vitest';
import { en } from '../../widget/i18n/en';
import { nl } from '../../widget/i18n/nl';
import { chooseAnswer, progressText, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('several scans on one page', () => {
  const { page, errors } = usePage();
  const dutch = () => page().locator('cyber-scan').nth(0);
  const english = () => page().locator('cyber-scan').nth(1);
  const mounted = () => page().locator('#mounted-scan');

  test('the Dutch and the English scan each run in their own language', async () => {
    // Awaited together, so a page that does not load fails the test once, not also as two unhandled rejections.
    const [englishText, englishBank] = await Promise.all([
      page().waitForResponse((r) => r.url() === `${origin}/widget-en.js`),
      page().waitForResponse((r) => r.url() === `${origin}/api/v1/assessment?lang=en`),
      page().goto(`${origin}/demo/multiple`),
    ]);
    expect(englishText.status()).toBe(200);
    expect(englishBank.status()).toBe(200);

    await startScan(dutch(), nl);
    await startScan(english(), en);
    expect(await dutch().getByText(progressText(1, nl), { exact: true }).isVisible()).toBe(true);
    expect(await english().getByText('Question 1 of 21', { exact: true }).isVisible()).toBe(true);
    expect(await english().getByRole('radio', { name: en.answers.unknown, exact: true }).isVisible()).toBe(true);
    expect(errors()).toEqual([]);
  });

  test('answering in one scan leaves the others where they were', async () => {
    await page().goto(`${origin}/demo/multiple`);
    await startScan(english(), en);
    await startScan(dutch(), nl);
    await chooseAnswer(dutch(), 'no', nl);
    await dutch().getByRole('button', { name: nl.nav.next, exact: true }).click();
    await dutch().getByText(progressText(2, nl), { exact: true }).waitFor();

    expect(await english().getByText(progressText(1, en), { exact: true }).isVisible()).toBe(true);
    expect(await english().getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await mounted().getByRole('button', { name: nl.intro.start, exact: true }).isVisible()).toBe(true);
  });

  test('a scan the page inserts later renders and works', async () => {
    await page().goto(`${origin}/demo/multiple`);
    await page().getByRole('button', { name: 'Voeg een check toe', exact: true }).click();
    const added = page().locator('#added-scans cyber-scan');

    await startScan(added, nl);
    expect(await added.getByText(progressText(1, nl), { exact: true }).isVisible()).toBe(true);
    expect(await page().locator('cyber-scan').count()).toBe(3);
  });

  test('window.CyberScan.mount renders a scan into the page\'s own div', async () => {
    await page().goto(`${origin}/demo/multiple`);
    await mounted().getByRole('heading', { name: nl.intro.title, exact: true }).waitFor();

    expect(await page().evaluate(() => typeof window.CyberScan?.mount)).toBe('function');
    await startScan(mounted(), nl);
    expect(await mounted().getByText(progressText(1, nl), { exact: true }).isVisible()).toBe(true);
  });

  test('the script adds only CyberScan to window', async () => {
    const globals = async (withWidget: boolean) => {
      const context = await page().context().browser()!.newContext();
      const other = await context.newPage();
      if (!withWidget) await other.route('**/widget.js', (route) => route.abort());
      await other.goto(`${origin}/demo/multiple`);
      // spa.js mounts the fourth scan once widget.js has run; without it, the page is done at load.
      if (withWidget) await other.locator('#mounted-scan').getByRole('heading').waitFor();
      const keys = await other.evaluate(() => Object.keys(window));
      await context.close();
      return keys;
    };
    const without = new Set(await globals(false));

    expect((await globals(true)).filter((key) => !without.has(key))).toEqual(['CyberScan']);
  });
});

/** The result link in Chromium: copied from one browser, opened in a fresh one, it shows the same score. */
import { expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { MIXED_ANSWERS, answerAllQuestions, outcomeOf, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('the result link', () => {
  const { page, errors } = usePage();

  test('opened in a fresh browser (no saved progress) shows the same score', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await answerAllQuestions(page(), MIXED_ANSWERS);
    const link = (await page().getByRole('link', { name: /#cyberscan=/ }).getAttribute('href')) ?? '';
    expect(link).toMatch(/#cyberscan=\d{4}\.\d+-[0-9A-Z]{11}$/);

    const fresh = await page().context().browser()!.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await other.getByRole('heading', { name: nl.result.title, exact: true }).waitFor();
      const { assessment } = outcomeOf(MIXED_ANSWERS);
      expect(await other.locator('cyber-scan').locator('.score').textContent()).toBe(String(assessment.overall));
      expect(await other.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    } finally {
      await fresh.close();
    }
    expect(errors()).toEqual([]);
  });
});

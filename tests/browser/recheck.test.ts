/** A re-check in Chromium: started from a link, prefilled, it shows before and after; the .ics reminder downloads with the re-check link. */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { recheckFragment } from '../../core/recheck';
import { packResult } from '../../core/result-link';
import { nl } from '../../widget/i18n/nl';
import { recheckWords } from '../../widget/recheck/recheck-words';
import { MIXED_ANSWERS, answerAllQuestions, outcomeOf, progressText } from './flow';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('a re-check', () => {
  const { page, errors } = usePage();

  test('prefilled from a link, shows the earlier result next to this one, and offers the reminder with its link', async () => {
    const before = outcomeOf(MIXED_ANSWERS).assessment;
    await page().goto(`${origin}/#${recheckFragment(packResult(bankStructure, outcomeOf(MIXED_ANSWERS).answers), false)}`);
    await page().getByText(nl.question.notice.recheck, { exact: true }).waitFor();
    await page().getByRole('button', { name: nl.profile.skip, exact: true }).click();
    await page().getByText(progressText(1), { exact: true }).waitFor();
    // The first question comes back with its earlier answer chosen.
    expect(await page().getByRole('radio', { name: nl.answers[MIXED_ANSWERS[0]!], exact: true }).isChecked()).toBe(true);
    await answerAllQuestions(page(), ['yes']);

    const total = page().locator('cyber-scan').getByRole('row', { name: /^Totaal/ });
    await total.waitFor();
    expect(await total.getByRole('cell').allTextContents()).toEqual([
      `${before.overall} (${nl.result.bands[before.band].name})`,
      `100 (${nl.result.bands.green.name})`,
      `${100 - before.overall} punten hoger`,
    ]);

    const download = page().waitForEvent('download');
    await page().getByRole('button', { name: recheckWords.nl.remind, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cyberscan-hercheck.ics');
    const calendar = (await readFile((await file.path())!, 'utf8')).replace(/\r\n /g, '');
    expect(calendar).toContain(`URL:${origin}/#${recheckFragment(packResult(bankStructure, Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'yes' as const]))), false)}`);
    expect(errors()).toEqual([]);
  });
});

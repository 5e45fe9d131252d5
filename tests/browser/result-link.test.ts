/** The result link in Chromium: copied from one browser, opened in a fresh one, it shows the same score. */
import { expect, test } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { carryAnswers } from '../../core/bank/carry-over';
import previous from '../../core/bank/previous/2026.1.json';
import type { BankStructure } from '../../core/bank/types';
import { packResult } from '../../core/result-link';
import { scoreAssessment } from '../../core/scoring';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import { MIXED_ANSWERS, QUESTION_COUNT, answerAllQuestions, chooseAnswer, outcomeOf, progressText, startScan } from './flow';
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

  test('of the 2026.1 question list opens with the answers carried, asks only the new questions, then shows the result', async () => {
    const old = previous as BankStructure;
    const oldAnswers = Object.fromEntries(old.questions.map((q, i) => [q.id, i % 3 === 0 ? ('no' as const) : ('yes' as const)]));
    const carried = carryAnswers(oldAnswers);
    await page().goto(`${origin}/#cyberscan=${packResult(old, oldAnswers)}`);
    const widget = page().locator('cyber-scan');
    await widget.getByRole('status').filter({ hasText: fill(nl.question.notice.linkCarried, { count: Object.keys(carried).length }) }).waitFor();

    const answers = { ...carried };
    const first = bankStructure.questions.findIndex((q) => !carried[q.id]);
    for (let i = first; i < QUESTION_COUNT; i++) {
      await widget.getByText(progressText(i + 1), { exact: true }).waitFor();
      const question = bankStructure.questions[i]!;
      if (!carried[question.id]) {
        await chooseAnswer(widget, 'no');
        answers[question.id] = 'no';
      }
      await widget.getByRole('button', { name: i === QUESTION_COUNT - 1 ? nl.nav.finish : nl.nav.next, exact: true }).click();
    }
    await widget.getByRole('heading', { name: nl.result.title, exact: true }).waitFor();
    expect(await widget.locator('.score').textContent()).toBe(String(scoreAssessment(bankStructure, answers).overall));
    expect(errors()).toEqual([]);
  });
});

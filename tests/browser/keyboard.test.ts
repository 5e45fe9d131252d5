/**
 * A visitor who uses only the keyboard (Tab, Shift+Tab, Space, Enter, arrow keys) on the partner
 * page: no clicks and no `focus()` from the test.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Answer } from '../../core/answers';
import { bankStructure, bankTextsNl } from '../../core/bank/index';
import type { CompleteEventDetail } from '../../core/contracts';
import { nl } from '../../widget/i18n/nl';
import { MIXED_ANSWERS, QUESTION_COUNT, answerAt, outcomeOf, progressText } from './flow';
import { chooseByKeyboard, focused, focusRing, tabTo, type Focused } from './keyboard';
import { describeInBrowser, origin, usePage } from './page';

declare global {
  interface Window {
    completions?: unknown[];
  }
}

interface QuestionVisit {
  readonly progress: string;
  /** What had focus when the question appeared. */
  readonly focus: Focused;
  /** The radio after choosing by keyboard. */
  readonly chosen: Focused;
}

const focusedInWidget = (tag: string, name: string, extra: Partial<Focused> = {}): Focused => ({
  inWidget: true,
  tag,
  name,
  inLegend: false,
  ...extra,
});

/**
 * From the intro through the profile (a sector and a size with staff chosen by keyboard) and every
 * question to the result, answering question i with `answerAt(pattern, i)`.
 */
async function completeByKeyboard(page: Page, pattern: readonly Answer[]) {
  await tabTo(page, nl.intro.start);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: nl.profile.title, exact: true }).waitFor();
  const profileFocus = await focused(page);
  // "Handel en winkels" (the fourth sector) and "2 tot 9 mensen": a shop with staff is asked
  // every question, the webshop-or-till question too.
  const profileChoices = [await chooseByKeyboard(page, 3), await chooseByKeyboard(page, 1)];
  await tabTo(page, nl.nav.next);
  const backToSkip = await tabTo(page, nl.profile.skip, { backwards: true, limit: 1 });
  await tabTo(page, nl.nav.next, { limit: 1 });
  await page.keyboard.press('Enter');

  const questions: QuestionVisit[] = [];
  for (let i = 0; i < QUESTION_COUNT; i++) {
    const progress = progressText(i + 1);
    await page.getByText(progress, { exact: true }).waitFor();
    const focus = await focused(page);
    const chosen = await chooseByKeyboard(page, bankStructure.questions[i]!.answers.indexOf(answerAt(pattern, i)));
    await tabTo(page, i === QUESTION_COUNT - 1 ? nl.nav.finish : nl.nav.next);
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
    questions.push({ progress, focus, chosen });
  }
  await page.getByRole('heading', { name: nl.result.title, exact: true }).waitFor();
  return { profileFocus, profileChoices, backToSkip, questions, resultFocus: await focused(page) };
}

describeInBrowser('keyboard-only visitor on the partner page', () => {
  const { page, errors } = usePage();

  test('completes the scan, with focus on each new screen\'s heading and "Vraag n/21" shown', async () => {
    await page().goto(`${origin}/`);
    const journey = await completeByKeyboard(page(), MIXED_ANSWERS);

    expect(journey.profileFocus).toEqual(focusedInWidget('h2', nl.profile.title));
    for (const choice of journey.profileChoices) expect(choice).toMatchObject({ inWidget: true, tag: 'input', checked: true });
    expect(journey.backToSkip).toEqual(focusedInWidget('button', nl.profile.skip));
    expect(journey.questions).toEqual(
      bankStructure.questions.map((q, i) => ({
        progress: progressText(i + 1),
        focus: focusedInWidget('h2', bankTextsNl.questions[q.id]!.text, { inLegend: true }),
        chosen: focusedInWidget('input', nl.answers[answerAt(MIXED_ANSWERS, i)], { checked: true }),
      })),
    );
    expect(journey.resultFocus).toEqual(focusedInWidget('h2', nl.result.title));
    expect(errors()).toEqual([]);
  });

  test('sees score, band, disclaimer, first steps and the student-scan hint on the result', async () => {
    await page().goto(`${origin}/`);
    await completeByKeyboard(page(), MIXED_ANSWERS);
    const { assessment } = outcomeOf(MIXED_ANSWERS);
    const result = page().locator('cyber-scan').locator('[part="result"]');
    // The first steps come once the result's top is painted (widget/when-idle.ts).
    await result.getByRole('heading', { name: nl.result.topActions, exact: true }).waitFor();

    expect(await result.locator('.score').textContent()).toBe(String(assessment.overall));
    expect(await result.getByText(nl.result.bands[assessment.band].name, { exact: true }).isVisible()).toBe(true);
    expect(await result.getByText('Indicatieve uitslag').isVisible()).toBe(true);
    expect(await result.getByRole('heading', { name: 'Begin hier', exact: true }).isVisible()).toBe(true);
    expect(await result.locator(':scope > ol > li').count()).toBe(3);
    expect(assessment.unknownCount).toBeGreaterThanOrEqual(2);
    const hint = `Je koos ${assessment.unknownCount} keer ‘Weet ik niet’`;
    expect(await result.getByText(hint).isVisible()).toBe(true);
  });

  test('the partner page receives cyberscan:complete with the outcome, never the answers', async () => {
    await page().goto(`${origin}/`);
    await page().evaluate(() => {
      window.completions = [];
      document.addEventListener('cyberscan:complete', (e) => window.completions!.push((e as CustomEvent).detail));
    });
    await completeByKeyboard(page(), MIXED_ANSWERS);

    const completions = (await page().evaluate(() => window.completions)) as CompleteEventDetail[];
    const { assessment } = outcomeOf(MIXED_ANSWERS);
    expect(completions).toEqual([
      {
        bankVersion: bankStructure.version,
        overall: assessment.overall,
        band: assessment.band,
        principles: assessment.principles,
      },
    ]);
    expect(completions[0]).not.toHaveProperty('answers');
  });

  test('sees a clear focus ring on the focused button', async () => {
    await page().goto(`${origin}/`);
    await tabTo(page(), nl.intro.start);
    const ring = await focusRing(page());

    // Chromium's own ring is "auto 1px"; the widget draws a solid 3px outline in its accent colour.
    const visibleOutline = /^(solid|dashed|dotted|double) ([2-9]|\d\d)/.test(ring.outline);
    expect(visibleOutline || ring.boxShadow !== 'none', `outline "${ring.outline}", box-shadow "${ring.boxShadow}"`).toBe(true);
  });
});

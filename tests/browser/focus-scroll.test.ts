/**
 * A new screen's heading gets the focus without scrolling (widget/focus-heading.ts) and still comes
 * into view as a plain `focus()` would bring it: on a phone scrolled down to "Volgende", the next
 * question's heading is on screen once it is focused.
 */
import { expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { answerUpToFinish, chooseAnswer, progressText, startScan } from './flow';
import { describeInBrowser, origin, STEP_TIMEOUT_MS, usePage } from './page';
import { nl } from '../../widget/i18n/nl';

describeInBrowser('focus on a new screen', () => {
  const { page, errors } = usePage({ viewport: { width: 320, height: 480 } });

  /** Whether the heading of the widget's screen is in the viewport. */
  const headingInView = () =>
    page().evaluate(() => {
      const { top, bottom } = document.querySelector('cyber-scan')!.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    });

  /** Scrolls down to `button` and on to the page's end, so far that the heading is out of view: else the test proves nothing. */
  const scrollPastHeading = async (button: Locator) => {
    await button.scrollIntoViewIfNeeded();
    await page().evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await headingInView()).toBe(false);
  };

  test('brings the next question’s heading into view when the visitor had scrolled past it', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await chooseAnswer(page(), 'yes');
    const next = page().getByRole('button', { name: nl.nav.next, exact: true });
    await scrollPastHeading(next);

    await next.click();
    await page().getByText(progressText(2), { exact: true }).waitFor();
    await page().waitForFunction(
      () => {
        const focused = document.querySelector('cyber-scan')!.shadowRoot!.activeElement as HTMLElement | null;
        if (focused?.tagName !== 'H2') return false;
        const { top, bottom } = focused.getBoundingClientRect();
        return top >= 0 && bottom <= innerHeight;
      },
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    expect(errors()).toEqual([]);
  });

  test('brings the result’s heading into view from "Bekijk resultaat", and keeps it there when the result’s end arrives', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await answerUpToFinish(page(), ['no']);
    const finish = page().getByRole('button', { name: nl.nav.finish, exact: true });
    await scrollPastHeading(finish);

    await finish.click();
    // The whole result: its end renders after its top is painted, and must not move the page.
    await page().getByRole('button', { name: nl.result.restart, exact: true }).waitFor();
    await page().waitForFunction(() => document.querySelector('cyber-scan')!.shadowRoot!.activeElement?.tagName === 'H2', undefined, { timeout: STEP_TIMEOUT_MS });
    expect(await headingInView()).toBe(true);
    expect(errors()).toEqual([]);
  });
});

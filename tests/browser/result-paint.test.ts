/**
 * The result paints its top first (afterPaint in widget/when-idle.ts): the click on "Bekijk
 * resultaat" renders the heading, the score and the invitation, and the rest of the result (the
 * chart, the advice, print and restart) follows once that frame is painted, with no input, the
 * focus staying on the heading.
 */
import { expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { MIXED_ANSWERS, answerUpToFinish, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('the result screen', () => {
  const { page, errors } = usePage({ viewport: { width: 393, height: 851 } });

  test('paints the score and the invitation in the click, and the rest of the result right after', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await answerUpToFinish(page(), MIXED_ANSWERS);

    // The result screen's chunk loads while the questions are answered; a visitor is that slow.
    await page().waitForFunction(() => !!(window as unknown as { CyberScan: { runtime: { result?: unknown } } }).CyberScan.runtime.result);
    // In the page, so that nothing runs between the click and what it rendered.
    const seen = await page().evaluate(
      async ([finish, invite, restart]) => {
        const root = document.querySelector('cyber-scan')!.shadowRoot!;
        const has = (name: string) => [...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === name);
        const now = () => ({ score: root.querySelector('.score')?.textContent ?? null, invite: has(invite), chart: !!root.querySelector('svg'), restart: has(restart) });
        [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === finish)!.click();
        // Preact renders in a microtask of the click's task; this one is queued after it.
        await new Promise<void>((rendered) => queueMicrotask(rendered));
        const inClick = now();
        await new Promise((frame) => requestAnimationFrame(frame));
        return { inClick, inFirstFrame: now() };
      },
      [nl.nav.finish, nl.referral.open, nl.result.restart] as const,
    );
    expect(seen.inClick.score).toMatch(/^\d+$/);
    expect(seen.inClick).toMatchObject({ invite: true, chart: false, restart: false });
    expect(seen.inFirstFrame).toMatchObject({ chart: false, restart: false });

    // Then, without any input, the rest: the chart, the link to keep and the restart button.
    const widget = page().locator('cyber-scan');
    await widget.getByRole('button', { name: nl.result.restart, exact: true }).waitFor();
    await widget.getByRole('link', { name: /#cyberscan=/ }).waitFor();
    expect(await widget.locator('svg').count()).toBeGreaterThan(0);
    expect(await widget.evaluate((host) => host.shadowRoot!.activeElement?.textContent)).toBe(nl.result.title);
    expect(errors()).toEqual([]);
  });
});

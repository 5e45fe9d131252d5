/** The result on paper, in Chromium's print emulation: a header saying what it is, the link, no controls. */
import { expect, test } from 'vitest';
import { MIXED_ANSWERS, answerAllQuestions, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('printing the result', () => {
  const { page, errors } = usePage();

  test('shows the header and the result link, and no button or invitation', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await answerAllQuestions(page(), MIXED_ANSWERS);
    const widget = page().locator('cyber-scan');
    const header = widget.locator('.print-only');
    expect(await header.isVisible()).toBe(false);
    // The invitation under the score, and again at the end of the result.
    expect(await widget.locator('.invite').count()).toBe(2);
    expect(await widget.locator('.invite').first().isVisible()).toBe(true);

    await page().emulateMedia({ media: 'print' });
    await header.waitFor({ state: 'visible' });
    // The page names no organiser, so the header names the demo partner as it registered.
    await expect.poll(() => header.textContent()).toMatch(/aangeboden door Demo \(lokale ontwikkeling\)\. Afgedrukt op .+, vragenlijst \d{4}\.\d+\.$/);
    expect(await widget.getByRole('link', { name: /#cyberscan=/ }).isVisible()).toBe(true);
    const visibleButtons = await widget.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    expect(await widget.locator('.invite').evaluateAll((invites) => invites.filter((i) => (i as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(errors()).toEqual([]);
  });
});

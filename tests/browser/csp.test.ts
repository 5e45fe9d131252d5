/**
 * The partner page `/` sends a strict Content-Security-Policy (no 'unsafe-inline'); the widget
 * must render and work under it without a single violation.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { MIXED_ANSWERS, answerAllQuestions, progressText, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Collects every CSP violation of the page from its first moment. Init scripts are run by the
 * DevTools protocol, which the page's CSP does not govern (the control test below proves it).
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`);
    });
  });
  return async () => (await page.evaluate(() => window.cspViolations)) ?? ['the violation listener never ran'];
}

describeInBrowser('the widget under a strict Content-Security-Policy', () => {
  const { page, errors } = usePage();

  test('the partner page forbids inline scripts and styles', async () => {
    const response = await page().goto(`${origin}/`);
    const csp = (await response!.allHeaders())['content-security-policy'] ?? '';

    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).toMatch(/(^|;)\s*style-src 'self'\s*(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('the visitor gets from the intro to the first question without any violation', async () => {
    const violations = await recordViolations(page());
    await page().goto(`${origin}/`);
    await page().getByRole('heading', { name: nl.intro.title, exact: true }).waitFor();
    await startScan(page());

    expect(await page().getByText(progressText(1), { exact: true }).isVisible()).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors()).toEqual([]);
  });

  test('the violation listener does catch a blocked inline style', async () => {
    const violations = await recordViolations(page());
    await page().goto(`${origin}/`);
    await page().evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })));
    await page().waitForFunction(() => (window.cspViolations?.length ?? 0) > 0);

    expect(await violations()).toEqual([expect.stringMatching(/^style-src-elem blocked inline/)]);
  });

  test('styles are adopted stylesheets: no <style> element and no style attribute on any screen', async () => {
    const styling = () =>
      page().evaluate(() => {
        const root = document.querySelector('cyber-scan')!.shadowRoot!;
        return {
          adoptedSheets: root.adoptedStyleSheets.length,
          inShadowRoot: root.querySelectorAll('style, [style]').length,
          inPage: document.querySelectorAll('style, [style]').length,
        };
      });
    await page().goto(`${origin}/`);
    await page().getByRole('heading', { name: nl.intro.title, exact: true }).waitFor();
    const intro = await styling();
    await startScan(page());
    const question = await styling();
    await answerAllQuestions(page(), MIXED_ANSWERS);
    const result = await styling();

    for (const screen of [intro, question, result]) {
      expect(screen.adoptedSheets).toBeGreaterThanOrEqual(1);
      expect(screen).toMatchObject({ inShadowRoot: 0, inPage: 0 });
    }
  });
});

/** Per-file browser fixture: one Chromium for the file, a fresh context per test. */
import { afterAll, beforeAll, beforeEach, afterEach, describe, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';

export const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

/** `describe` that skips (loudly, see global-setup) when no Chromium exists outside CI. */
export const describeInBrowser = chromiumPath ? describe : describe.skip;

/**
 * Gives each test a new page; console errors and failed requests of the page are collected so
 * tests can assert that nothing broke silently (a CSP violation shows up as a console error).
 */
export function usePage(): { page: () => Page; errors: () => string[] } {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterEach(async () => {
    await context?.close();
  });
  return { page: () => page, errors: () => errors };
}

/** Per-file browser fixture: one Chromium for the file, a fresh context per test. */
import { afterAll, beforeAll, beforeEach, afterEach, describe, inject } from 'vitest';
import type { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';
import { launchChromium } from './chromium';

export const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

/** `describe` that skips (loudly, see global-setup) when no Chromium exists outside CI. */
export const describeInBrowser: typeof describe.skip = chromiumPath ? describe : describe.skip;

/**
 * How long one wait (an element, a response, a polled condition) may take before it fails with its
 * own message. CI runs on a busy two-core machine, where a step that takes 100 ms alone has taken
 * over 5 s (a referral test failed on a 5 s limit, issue 9); a passing test never waits this out,
 * so it can be generous. vitest.config.ts gives each test room for several of these.
 */
export const STEP_TIMEOUT_MS = 30_000;

/** A page load waits for its scripts and stylesheets too: under a load of 15 on two cores one took over 20 s. */
export const NAVIGATION_TIMEOUT_MS = 60_000;

export interface PageOptions {
  /** 1024 × 800 unless given. */
  readonly viewport?: ViewportSize;
}

/**
 * Gives each test a new page in a new context (so no saved progress carries over); console
 * errors and uncaught page errors are collected so tests can assert that nothing broke silently
 * (a CSP violation shows up as a console error).
 */
export function usePage({ viewport = { width: 1024, height: 800 } }: PageOptions = {}): {
  page: () => Page;
  errors: () => string[];
} {
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
    context = await browser.newContext({ viewport });
    // Waits end well inside the test timeout, so a missing element fails with its own message.
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
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

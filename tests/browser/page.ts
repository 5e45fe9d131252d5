/** Per-file browser fixture: one Chromium for the file, a fresh context per test. */
import { afterAll, beforeAll, beforeEach, afterEach, describe, inject } from 'vitest';
import type { Browser, BrowserContext, Page, Request, ViewportSize } from 'playwright-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { launchChromium } from './chromium';

export const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const devLog = inject('devLog');

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
  let open = new Map<Request, number>();
  let logFrom = 0;
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
    // A step that times out on a busy machine says which requests were still open, so a slow
    // server and a slow browser can be told apart from the log alone.
    open = trackOpenRequests(context);
    logFrom = logSize();
  });
  afterEach(async ({ task }) => {
    // Before the context closes: closing fails every request still open.
    if (task.result?.state === 'fail') {
      console.error(`Page at ${page.url()}\n${describeOpenRequests(open)}\n${serverLogSince(logFrom)}`);
    }
    await context?.close();
  });
  return { page: () => page, errors: () => errors };
}

/** Every request the context started and has not finished, with the time it started. */
function trackOpenRequests(context: BrowserContext): Map<Request, number> {
  const open = new Map<Request, number>();
  context.on('request', (r) => open.set(r, Date.now()));
  const done = (r: Request) => open.delete(r);
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return open;
}

function describeOpenRequests(open: Map<Request, number>): string {
  if (open.size === 0) return 'No request was open when the test failed.';
  const now = Date.now();
  const lines = [...open].map(([r, started]) => `  ${r.method()} ${r.url()} (open ${((now - started) / 1000).toFixed(1)} s)`);
  return `Requests still open when the test failed:\n${lines.join('\n')}`;
}

const logSize = (): number => (existsSync(devLog) ? statSync(devLog).size : 0);

/** What the dev server printed since `from` (its last 4,000 characters). */
function serverLogSince(from: number): string {
  const text = existsSync(devLog) ? readFileSync(devLog).subarray(from).toString() : '';
  return text.trim() ? `The dev server printed meanwhile:\n${text.slice(-4_000)}` : 'The dev server printed nothing meanwhile.';
}

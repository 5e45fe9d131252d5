/**
 * Before the browser tests: make sure a Chromium and the built widget exist, then start one
 * dev server for all browser test files. Without a Chromium the tests skip loudly, except in CI,
 * where a missing browser fails the run: browser tests must never be skipped there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { startDevServer } from './dev-server';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    chromiumPath: string | null;
    /** The dev server's local D1 folder (tests/browser/console-fixtures.ts issues tokens in it). */
    persistDir: string;
    /** The dev server's output (tests/browser/page.ts shows its tail when a test fails). */
    devLog: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message = 'No Chromium found (install Debian\'s chromium or set CHROMIUM_PATH).';
    if (process.env.CI === 'true') throw new Error(`${message} Browser tests are required in CI.`);
    console.warn(`\n\n*** ${message} BROWSER TESTS ARE SKIPPED. ***\n\n`);
  }
  if (!existsSync(path.resolve(import.meta.dirname, '../../dist/public/widget.js'))) {
    throw new Error('dist/public/widget.js is missing: run `npm run build` first (npm test does).');
  }
  const server = await startDevServer();
  project.provide('origin', server.origin);
  project.provide('persistDir', server.persistDir);
  project.provide('devLog', server.logFile);
  project.provide('chromiumPath', chromiumPath);
  return () => server.stop();
}

/**
 * One `vitest run` for everything: pure core, widget components (happy-dom), the worker inside
 * the Workers runtime (real D1, queues, cron via miniflare) and end-to-end tests in real Chromium.
 */
import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const jsx = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] } },
      // The size budgets read the files `npm run build` wrote (build/targets.ts).
      { test: { name: 'budget', environment: 'node', include: ['tests/budget/**/*.test.ts'] } },
      // The admin tool (scripts/admin/), without a database, and once as a process.
      { test: { name: 'admin', environment: 'node', include: ['tests/admin/**/*.test.ts'] } },
      {
        oxc: jsx,
        test: {
          name: 'widget',
          environment: 'happy-dom',
          include: ['tests/widget/**/*.test.{ts,tsx}'],
          // The widget adopts its CSS as a constructable stylesheet; keep the real text in tests.
          css: true,
        },
      },
      {
        // The partner tools page (/embed, built from embed/): its pure parts and its form, in happy-dom.
        test: { name: 'partner-tools', environment: 'happy-dom', include: ['tests/partner-tools/**/*.test.ts'] },
      },
      {
        oxc: jsx,
        test: { name: 'console', environment: 'happy-dom', include: ['tests/console/**/*.test.{ts,tsx}'], css: true },
      },
      {
        plugins: [
          cloudflareTest({
            main: './worker/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(path.join(import.meta.dirname, 'migrations')),
                // No isolate copy of the reference data: fixtures write partners and networks straight
                // to D1 and are seen at once. tests/worker/reference-cache.test.ts sets its own age.
                REFERENCE_CACHE_SECONDS: '0',
              },
            },
          }),
        ],
        test: { name: 'worker', include: ['tests/worker/**/*.test.ts'], setupFiles: ['tests/worker/apply-migrations.ts'] },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium and one dev server are shared; files run one after another.
          fileParallelism: false,
          // Room for several of a page's step timeouts (tests/browser/page.ts) on a busy machine.
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});

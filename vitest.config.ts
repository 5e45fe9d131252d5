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
              bindings: { TEST_MIGRATIONS: await readD1Migrations(path.join(import.meta.dirname, 'migrations')) },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['tests/worker/apply-migrations.ts'],
          // The sweep tests take about 1 s alone but came close to vitest's default 5 s on a busy
          // two-core CI machine; a test that really hangs still fails, just later.
          testTimeout: 20_000,
        },
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
          // A page load that never finishes is retried once, and nothing else is. Under a load of
          // about 20 on two cores, the local dev server has left one request of a run's ~500
          // unanswered for over 60 s (its log never shows it; the failing test prints the open
          // request and the server's log, tests/browser/page.ts). Any other failure, an assertion
          // or a missing element included, fails at once; a load that stalls twice fails too.
          retry: { count: 1, condition: /page\.(goto|reload): Timeout \d+ms exceeded/ },
        },
      },
    ],
  },
});

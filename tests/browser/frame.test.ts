/**
 * The iframe embed on a host page (a second local origin, registered for a partner with the admin
 * tool) whose CSP allows nothing but the frame and the one-line resizer: the check completes
 * inside the frame, the frame grows with its content, and `cyberscan:complete` reaches the page.
 * A site that is not registered may frame it too: its result then counts for that site, unregistered.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { UnregisteredSitesResponse } from '../../core/unregistered-sites';
import { createToken } from './console-fixtures';
import { MIXED_ANSWERS, answerAllQuestions, startScan } from './flow';
import { describeInBrowser, origin, STEP_TIMEOUT_MS, usePage } from './page';
import { startPartnerSite, type PartnerSite } from './partner-site';

const root = path.resolve(import.meta.dirname, '../..');

/** `npm run admin -- partner add` on the dev server's database. */
function registerPartner(id: string, siteOrigin: string): void {
  const run = spawnSync(
    process.execPath,
    ['scripts/run-ts.mjs', 'scripts/admin.ts', 'partner', 'add', id, '--name', 'Gemeente Lindewaard', '--origins', siteOrigin, '--persist-to', inject('persistDir')],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`partner add failed:\n${run.stdout}\n${run.stderr}`);
}

describeInBrowser('the iframe embed on a page that allows only the frame and the resizer', () => {
  const { page, errors } = usePage({ viewport: { width: 390, height: 800 } });
  let site: PartnerSite;
  beforeAll(async () => {
    site = await startPartnerSite(
      `<h1>Gemeente Lindewaard</h1>
<iframe src="${origin}/frame?partner=gemeente-lindewaard&amp;lang=nl" title="CyberScan" width="100%" height="300"></iframe>
<script src="${origin}/frame-resizer.js" async></script>`,
      `default-src 'none'; frame-src ${origin}; script-src ${origin}/frame-resizer.js`,
    );
    registerPartner('gemeente-lindewaard', site.origin);
  });
  afterAll(() => site.stop());

  test('the check completes in the frame, the frame grows, and cyberscan:complete reaches the page', async () => {
    await page().goto(`${site.origin}/`);
    // Listened for from the test, which the page's CSP does not govern.
    await page().evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      document.addEventListener('cyberscan:complete', (e) => seen.push((e as CustomEvent).detail));
    });
    const frameHeight = () => page().locator('iframe').evaluate((f) => f.clientHeight);
    const inside = page().frameLocator('iframe').locator('body');
    await startScan(inside);
    await expect.poll(frameHeight, { timeout: STEP_TIMEOUT_MS }).not.toBe(300);
    const duringQuestions = await frameHeight();
    await answerAllQuestions(inside, MIXED_ANSWERS);
    // The result is longer than a question: the frame follows it (its box, not its border), so nothing inside scrolls.
    await expect.poll(frameHeight, { timeout: STEP_TIMEOUT_MS }).toBeGreaterThan(duringQuestions);
    const contentHeight = await inside.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs((await frameHeight()) - contentHeight)).toBeLessThanOrEqual(1);
    const seen = await page().evaluate(() => (window as unknown as { seen: { band: string }[] }).seen);
    expect(seen).toHaveLength(1);
    expect(['red', 'orange', 'green']).toContain(seen[0]!.band);
    expect(errors()).toEqual([]);
  });
});

describeInBrowser('the iframe embed on a site that is not registered', () => {
  const { page, errors } = usePage({ viewport: { width: 390, height: 800 } });
  let site: PartnerSite;
  beforeAll(async () => {
    site = await startPartnerSite(
      `<h1>Winkeliersvereniging</h1>
<iframe src="${origin}/frame?partner=nog-niet-geregistreerd&amp;lang=nl" title="CyberScan" width="100%" height="300"></iframe>
<script src="${origin}/frame-resizer.js" async></script>`,
      `default-src 'none'; frame-src ${origin}; script-src ${origin}/frame-resizer.js`,
    );
  });
  afterAll(() => site.stop());

  test('the check completes in the frame and its result counts for the framing site as unregistered', async () => {
    const results: number[] = [];
    page().on('response', (r) => new URL(r.url()).pathname === '/api/v1/results' && results.push(r.status()));
    await page().goto(`${site.origin}/`);
    const inside = page().frameLocator('iframe').locator('body');
    await startScan(inside);
    await answerAllQuestions(inside, MIXED_ANSWERS);
    await expect.poll(() => results, { timeout: STEP_TIMEOUT_MS }).toEqual([201]);
    expect(errors()).toEqual([]);

    const admin = createToken({ admin: true, name: 'Beheer CyberScan' });
    const response = await fetch(`${origin}/api/v1/console/unregistered-sites`, { headers: { Authorization: `Bearer ${admin}` } });
    const { sites } = (await response.json()) as UnregisteredSitesResponse;
    expect(sites.find((row) => row.host === new URL(site.origin).host)?.results).toBe(1);
  });
});

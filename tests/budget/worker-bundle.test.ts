/**
 * The worker's own budget: the bundle `wrangler deploy` would upload, built here with
 * `--dry-run` (nothing leaves the machine), gzip -9. A smaller bundle parses and starts faster
 * on a cold isolate. Most of it is zod: imported as a namespace (`import * as z`) so that the
 * bundler keeps only what is used and none of its locale files, and minified (wrangler.toml).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const KiB = 1024;
/**
 * What the bundle is now (about 110 KiB, 112,909 B, once unregistered sites, Turnstile, the iframe page,
 * the confirmation e-mail and partner registration with its /embed form and decision e-mail came
 * in), with a little room. Issue 14's goal is 80 KiB, which needs the
 * API's schemas on zod/mini (its classic API brings JSON-schema support along with every schema).
 */
const BUDGET = 114 * KiB;

describe('worker bundle size budget', () => {
  it(`keeps the worker bundle at or under ${BUDGET / KiB} KiB gzip, with no zod locale in it`, () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cyberscan-bundle-'));
    try {
      const run = spawnSync(path.join(root, 'scripts/wrangler'), ['deploy', '--dry-run', '--outdir', out], { cwd: root, encoding: 'utf8' });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      const bundle = readFileSync(path.join(out, 'index.js'));
      const bytes = gzipSync(bundle, { level: 9 }).length;
      console.log(`worker bundle: ${bytes} bytes gzip of ${BUDGET} (${bundle.length} bytes minified)`);
      // A locale's own words: the Dutch one says "ongeldig" (invalid), which no message of ours does.
      expect(bundle.toString('utf8')).not.toContain('Ongeldige invoer');
      expect(bytes).toBeLessThanOrEqual(BUDGET);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});

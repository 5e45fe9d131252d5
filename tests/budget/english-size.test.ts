/**
 * An English widget loads its UI strings, widget-en.js, before it can show anything: it must
 * stay at or under 3 kB gzip. Runs on the build that `npm test` makes first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_BYTES = 3 * 1000;
const englishJs = path.resolve(import.meta.dirname, '../../dist/public/widget-en.js');

describe('English UI strings size budget', () => {
  it('keeps widget-en.js at or under 3 kB gzip', () => {
    expect(existsSync(englishJs), 'run `npm run build` first').toBe(true);
    const bytes = gzipSync(readFileSync(englishJs), { level: 9 }).length;
    console.log(`widget-en.js: ${bytes} bytes gzip of ${BUDGET_BYTES}`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

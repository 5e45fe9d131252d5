/**
 * The referral step loads only when a visitor opens it, but then on a phone, often right away:
 * widget-referral.js must stay at or under 8 kB gzip. Runs on the build that `npm test` makes first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_BYTES = 8 * 1000;
const referralJs = path.resolve(import.meta.dirname, '../../dist/public/widget-referral.js');

describe('referral step size budget', () => {
  it('keeps widget-referral.js at or under 8 kB gzip', () => {
    expect(existsSync(referralJs), 'run `npm run build` first').toBe(true);
    const bytes = gzipSync(readFileSync(referralJs), { level: 9 }).length;
    console.log(`widget-referral.js: ${bytes} bytes gzip of ${BUDGET_BYTES}`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

/**
 * Every byte of the widget loads on a partner's page, often on a phone. widget.js must stay at or
 * under 20 kB gzip with everything needed to reach the Dutch result (it is one file, so that is
 * the whole file). Runs on the build that `npm test` makes first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_BYTES = 20 * 1000;
const widgetJs = path.resolve(import.meta.dirname, '../../dist/public/widget.js');

describe('widget size budget', () => {
  it('keeps widget.js at or under 20 kB gzip', () => {
    expect(existsSync(widgetJs), 'run `npm run build` first').toBe(true);
    const bytes = gzipSync(readFileSync(widgetJs), { level: 9 }).length;
    console.log(`widget.js: ${bytes} bytes gzip of ${BUDGET_BYTES}`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

/**
 * Every partner script has a byte budget in build/targets.ts, checked here on the files that
 * `npm run build` wrote (npm test builds first), and stated in widget/README.md. Each figure is
 * printed, so a change that creeps toward a budget shows before it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OUT_DIR, targets, type PartnerScript } from '../../build/targets';

const root = path.resolve(import.meta.dirname, '../..');
const budgeted = targets.filter((t): t is PartnerScript => t.kind === 'partner-script');
const kB = (bytes: number) => `${bytes / 1000} kB`;

for (const { file, budget, budgetReason } of budgeted) {
  describe(`${file} size budget`, () => {
    it(`keeps ${file} at or under ${kB(budget)} gzip: ${budgetReason}`, () => {
      const built = path.join(root, OUT_DIR, file);
      expect(existsSync(built), 'run `npm run build` first').toBe(true);
      const bytes = gzipSync(readFileSync(built), { level: 9 }).length;
      console.log(`${file}: ${bytes} bytes gzip of ${budget}`);
      expect(bytes).toBeLessThanOrEqual(budget);
    });

    it('is stated in widget/README.md as it is in build/targets.ts', () => {
      const readme = readFileSync(path.join(root, 'widget/README.md'), 'utf8').replace(/\s+/g, ' ');
      expect(readme).toContain(`${file} at most ${kB(budget)} gzip`);
    });
  });
}

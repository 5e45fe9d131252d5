/**
 * The partner scripts marked `compileEagerly` in build/targets.ts begin with Chromium's explicit
 * compile hint, on the files that `npm run build` wrote: on any other line V8 ignores it, and
 * then each function compiles on its first call, inside the click that needs it (issue 14).
 * The others carry no hint: compiling all of a chunk whose code mostly never runs is waste.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { OUT_DIR, targets, type PartnerScript } from '../../build/targets';

const root = path.resolve(import.meta.dirname, '../..');
const scripts = targets.filter((t): t is PartnerScript => t.kind === 'partner-script');
const HINT = '//# allFunctionsCalledOnLoad\n';

test.each(scripts)('$file starts with the compile hint exactly when it is marked compileEagerly', ({ file, compileEagerly }) => {
  const code = readFileSync(path.join(root, OUT_DIR, file), 'utf8');
  expect(code.startsWith(HINT)).toBe(compileEagerly === true);
  // Once only: a second copy would only cost bytes.
  expect(code.indexOf(HINT, 1)).toBe(-1);
});

test('marks widget.js and the result screen, whose functions nearly all run in the flow', () => {
  expect(scripts.filter((t) => t.compileEagerly).map((t) => t.file)).toEqual(['widget.js', 'widget-result.js']);
});

// @vitest-environment node
/**
 * widget-en.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the English UI strings live there and not in widget.js. (What every chunk must be:
 * tests/widget/chunks.test.ts; its size budget: tests/budget/size.test.ts.)
 */
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { profileOptions } from '../../core/profile/index';
import { enFlow } from '../../widget/i18n/en-flow';
import { buildScript } from './build-target';
import { pageWith } from './chunk-page';

let widget: Rolldown.OutputChunk;
let english: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  english = await buildScript('widget-en.js');
}, 30_000);

describe('widget-en.js', () => {
  test('holds the English UI strings up to the last question, which widget.js leaves out', () => {
    for (const text of [enFlow.intro.title, enFlow.nav.finish, enFlow.result.failed]) {
      expect(english.code).toContain(text);
      expect(widget.code).not.toContain(text);
    }
  });

  test('holds the English labels of the profile step, and only those: widget.js has the Dutch ones', () => {
    // build/lean-bank.ts leaves each copy of core/profile/options.json one language.
    const [first, last] = [profileOptions.sectors[0]!, profileOptions.sizes.at(-1)!];
    for (const { label } of [first, last]) {
      expect([english.code.includes(label.en), widget.code.includes(label.en)]).toEqual([true, false]);
      expect([english.code.includes(label.nl), widget.code.includes(label.nl)]).toEqual([false, true]);
    }
  });

  test('registers all the English strings on the runtime', () => {
    expect(pageWith(widget.code, [english.code]).runtime.en).toEqual(enFlow);
  });
});

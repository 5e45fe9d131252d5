// @vitest-environment node
/**
 * widget-en.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the English UI strings live there and not in widget.js. (What every chunk must be:
 * tests/widget/chunks.test.ts; its size budget: tests/budget/size.test.ts.)
 */
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
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

  test('registers all the English strings on the runtime', () => {
    expect(pageWith(widget.code, [english.code]).runtime.en).toEqual(enFlow);
  });
});

// @vitest-environment node
/**
 * widget-result.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the result screen and its texts live there and not in widget.js, and it loads
 * through widget.js's chunk loader. (What every chunk must be: tests/widget/chunks.test.ts; its
 * size budget: tests/budget/size.test.ts.)
 */
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { enResult } from '../../widget/i18n/en-result';
import { nlFlow } from '../../widget/i18n/nl-flow';
import { nlResult } from '../../widget/i18n/nl-result';
import { buildScript } from './build-target';
import { pageWith } from './chunk-page';

let widget: Rolldown.OutputChunk;
let result: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  result = await buildScript('widget-result.js');
}, 30_000);

describe('widget-result.js', () => {
  test('holds the result screen and its texts in both languages, which widget.js leaves out', () => {
    for (const text of [nlResult.result.restart, nlResult.result.keepLead, nlResult.referral.open, enResult.result.restart, enResult.referral.open]) {
      expect(result.code).toContain(text);
      expect(widget.code).not.toContain(text);
    }
    expect(Object.keys(result.modules).some((id) => id.endsWith('ResultScreen.tsx'))).toBe(true);
    expect(Object.keys(widget.modules).filter((id) => /Result(Screen|WithAdvice|View)|Score|Advice|Referral|Comparison|result\.css/.test(id))).toEqual([]);
  });

  test('keeps what the visitor sees while it loads, or when it cannot, in widget.js', () => {
    for (const text of [nlFlow.result.title, nlFlow.result.loading, nlFlow.result.failed, nlFlow.result.retry]) expect(widget.code).toContain(text);
  });

  test('uses widget.js’s runtime and its chunk loader', () => {
    // The chunk brings its own copy of the chunk loader, which keeps its map on the runtime it finds:
    // taken away here, it comes back only if that runtime is widget.js's.
    const { window, runtime } = pageWith(widget.code, [result.code], (widgetRuntime) => delete widgetRuntime.loading);
    // One map of chunks being loaded per page: the screen loads the advice and the referral step through it.
    expect(runtime.loading).toBeInstanceOf(window.Map);
  });
});

// @vitest-environment node
/**
 * widget-result.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the result screen and its texts live there and not in widget.js, and it loads
 * through widget.js's chunk loader. (What every chunk must be: tests/widget/chunks.test.ts; its
 * size budget: tests/budget/size.test.ts.)
 */
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { bankStructure, bankTextsNl } from '../../core/bank/index';
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

  test('scores the answers, announces the completion and sends the anonymous result, which widget.js leaves out', () => {
    const finishPath = /core\/scoring\.ts|anonymous-result\.ts|linked-progress\.ts|ScoredResult\.tsx/;
    expect(Object.keys(result.modules).filter((id) => finishPath.test(id))).toHaveLength(4);
    expect(Object.keys(widget.modules).filter((id) => finishPath.test(id))).toEqual([]);
  });

  test('leaves widget.js a bank without what only scoring and statistics read, or nothing shows', () => {
    // So widget.js must never score (build/lean-bank.ts): the test above checks it cannot.
    // As object keys ("font-weight:" is CSS); a boolean, so a failure does not print the whole bundle.
    const hasKey = (code: string, key: string) => new RegExp(`[{,]${key}:`).test(code);
    for (const key of ['weight', 'critical', 'covers2018']) expect(hasKey(widget.code, key), key).toBe(false);
    for (const { summary } of Object.values(bankTextsNl.principles)) expect(widget.code.includes(summary), summary).toBe(false);
    expect(hasKey(result.code, 'weight')).toBe(true);
    expect(widget.code.includes(bankTextsNl.questions[bankStructure.questions[0]!.id]!.why)).toBe(true);
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

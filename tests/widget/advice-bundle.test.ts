// @vitest-environment node
/**
 * widget-advice.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the bank's Dutch advice lives there and not in widget.js, which keeps what the
 * questions need. (What every chunk must be: tests/widget/chunks.test.ts; its size budget:
 * tests/budget/size.test.ts.)
 */
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { bankAdviceNl, bankTextsNl } from '../../core/bank/index';
import { buildScript } from './build-target';
import { pageWith } from './chunk-page';

let widget: Rolldown.OutputChunk;
let advice: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  advice = await buildScript('widget-advice.js');
}, 30_000);

const [first] = Object.values(bankAdviceNl.questions);
const [firstText] = Object.values(bankTextsNl.questions);

describe('widget-advice.js', () => {
  test('holds the Dutch advice, which widget.js leaves out, and widget.js keeps the question texts', () => {
    for (const text of [first!.no, first!.partial, first!.askSupplier]) {
      expect(advice.code).toContain(text);
      expect(widget.code).not.toContain(text);
    }
    expect(widget.code).toContain(firstText!.text);
    expect(advice.code).not.toContain(firstText!.text);
  });

  test('registers the whole of the Dutch advice on the runtime', () => {
    expect(pageWith(widget.code, [advice.code]).runtime.advice).toEqual(bankAdviceNl);
  });
});

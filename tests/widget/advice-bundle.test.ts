// @vitest-environment node
/**
 * widget-advice.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the bank's Dutch advice lives there and not in widget.js, which keeps what the
 * questions need. (Its size budget is tests/budget/size.test.ts.)
 */
import { Window } from 'happy-dom';
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { bankAdviceNl, bankTextsNl } from '../../core/bank/index';
import { buildScript } from './build-target';

let widget: Rolldown.OutputChunk;
let advice: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  advice = await buildScript('widget-advice.js');
}, 30_000);

const [first] = Object.values(bankAdviceNl.questions);
const [firstText] = Object.values(bankTextsNl.questions);

describe('widget-advice.js', () => {
  test('is one file, widget-advice.js, with no Preact in it', () => {
    expect(advice.fileName).toBe('widget-advice.js');
    expect(Object.keys(advice.modules).filter((id) => id.includes('node_modules'))).toEqual([]);
  });

  test('holds the Dutch advice, which widget.js leaves out, and widget.js keeps the question texts', () => {
    for (const text of [first!.no, first!.partial, first!.askSupplier]) {
      expect(advice.code).toContain(text);
      expect(widget.code).not.toContain(text);
    }
    expect(widget.code).toContain(firstText!.text);
    expect(advice.code).not.toContain(firstText!.text);
  });

  test('registers the advice on the runtime and adds nothing else to the page', () => {
    const window = new Window({ url: 'https://partner.example/' });
    const before = new Set(Object.getOwnPropertyNames(window));
    window.eval(widget.code);
    window.eval(advice.code);
    const api = (window as unknown as { CyberScan: { runtime: { advice?: unknown } } }).CyberScan;
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.has(name))).toEqual(['CyberScan']);
    expect(Object.keys(api)).toEqual(['mount']);
    expect(api.runtime.advice).toEqual(bankAdviceNl);
  });
});

// @vitest-environment node
/**
 * widget-en.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the English UI strings live there and not in widget.js. (Its size budget is
 * tests/budget/size.test.ts.)
 */
import { Window } from 'happy-dom';
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { enFlow } from '../../widget/i18n/en-flow';
import { buildScript } from './build-target';

let widget: Rolldown.OutputChunk;
let english: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  english = await buildScript('widget-en.js');
}, 30_000);

describe('widget-en.js', () => {
  test('is one file, widget-en.js, with no Preact in it', () => {
    expect(english.fileName).toBe('widget-en.js');
    expect(Object.keys(english.modules).filter((id) => id.includes('node_modules'))).toEqual([]);
  });

  test('holds the English UI strings up to the last question, which widget.js leaves out', () => {
    for (const text of [enFlow.intro.title, enFlow.nav.finish, enFlow.result.failed]) {
      expect(english.code).toContain(text);
      expect(widget.code).not.toContain(text);
    }
  });

  test('registers the English strings on the runtime and adds nothing else to the page', () => {
    const window = new Window({ url: 'https://partner.example/' });
    const before = new Set(Object.getOwnPropertyNames(window));
    window.eval(widget.code);
    window.eval(english.code);
    const api = (window as unknown as { CyberScan: { runtime: { en?: unknown } } }).CyberScan;
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.has(name))).toEqual(['CyberScan']);
    expect(Object.keys(api)).toEqual(['mount']);
    expect(api.runtime.en).toEqual(enFlow);
  });
});

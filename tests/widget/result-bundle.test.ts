// @vitest-environment node
/**
 * widget-result.js, built in memory as `npm run build` builds it and run on top of widget.js in a
 * fresh page: the result screen and its texts live there and not in widget.js, it borrows
 * widget.js's Preact and runtime, and adds nothing to the page. (Its size budget is
 * tests/budget/size.test.ts.)
 */
import { Window } from 'happy-dom';
import type { Plugin, Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { enResult } from '../../widget/i18n/en-result';
import { nlFlow } from '../../widget/i18n/nl-flow';
import { nlResult } from '../../widget/i18n/nl-result';
import { buildScript } from './build-target';

/** Every name the screen's modules import from `preact` and `preact/jsx-runtime`, after JSX is compiled. */
const preactImports = new Set<string>();
const recordPreactImports: Plugin = {
  name: 'record-preact-imports',
  enforce: 'post',
  transform(code) {
    for (const [, names] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']preact(?:\/jsx-runtime)?["']/g)) {
      for (const name of names!.split(',')) preactImports.add(name.trim().split(/\s+as\s+/)[0]!);
    }
    preactImports.delete('');
  },
};

let widget: Rolldown.OutputChunk;
let result: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  result = await buildScript('widget-result.js', [recordPreactImports]);
}, 30_000);

interface PageRuntime {
  result?: unknown;
  loading?: Map<string, unknown>;
}

/** widget.js, then widget-result.js, in a fresh page. */
function page() {
  const window = new Window({ url: 'https://partner.example/' });
  const before = new Set(Object.getOwnPropertyNames(window));
  window.eval(widget.code);
  const api = (window as unknown as { CyberScan: { runtime: PageRuntime } }).CyberScan;
  const runtime = api.runtime;
  // The chunk brings its own copy of the chunk loader, which keeps its map on the runtime it finds:
  // taken away here, it comes back only if that runtime is widget.js's.
  delete runtime.loading;
  window.eval(result.code);
  return { window, before, api, runtime };
}

describe('widget-result.js', () => {
  test('is one file, widget-result.js, with no Preact of its own', () => {
    expect(result.fileName).toBe('widget-result.js');
    expect(Object.keys(result.modules).filter((id) => id.includes('node_modules'))).toEqual([]);
  });

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

  test('imports from Preact only what widget.js shares on its runtime', () => {
    const window = new Window({ url: 'https://partner.example/' });
    window.eval(widget.code);
    const runtime = (window as unknown as { CyberScan: { runtime: object } }).CyberScan.runtime;
    expect(preactImports.size).toBeGreaterThan(0);
    expect([...preactImports].filter((name) => !(name in runtime))).toEqual([]);
  });

  test('registers the result screen on the runtime, uses widget.js’s runtime and its loader, and adds nothing else to the page', () => {
    const { window, before, api, runtime } = page();
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.has(name))).toEqual(['CyberScan']);
    expect(Object.keys(api)).toEqual(['mount']);
    expect(typeof runtime.result).toBe('function');
    // One map of chunks being loaded per page: the screen loads the advice and the referral step through it.
    expect(runtime.loading).toBeInstanceOf(window.Map);
  });
});

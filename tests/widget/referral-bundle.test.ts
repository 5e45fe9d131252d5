// @vitest-environment node
/**
 * widget-referral.js, built in memory as `npm run build` builds it and run on top of widget.js in
 * a fresh page: it borrows widget.js's Preact instead of bringing its own, and adds nothing to the
 * page. (Its size budget is tests/budget/size.test.ts.)
 */
import { Window } from 'happy-dom';
import type { Plugin, Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildScript } from './build-target';

/** Every name the step's modules import from `preact` and `preact/jsx-runtime`, after JSX is compiled. */
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
let referral: Rolldown.OutputChunk;

beforeAll(async () => {
  widget = await buildScript('widget.js');
  referral = await buildScript('widget-referral.js', [recordPreactImports]);
}, 30_000);

describe('widget-referral.js', () => {
  test('is one file, widget-referral.js, with no Preact of its own', () => {
    expect(referral.fileName).toBe('widget-referral.js');
    expect(Object.keys(referral.modules).filter((id) => id.includes('node_modules'))).toEqual([]);
  });

  test('imports from Preact only what widget.js shares on its runtime', () => {
    const window = new Window({ url: 'https://partner.example/' });
    window.eval(widget.code);
    const runtime = (window as unknown as { CyberScan: { runtime: object } }).CyberScan.runtime;
    expect(preactImports.size).toBeGreaterThan(0);
    expect([...preactImports].filter((name) => !(name in runtime))).toEqual([]);
  });

  test('registers the referral step on the runtime and adds nothing else to the page', () => {
    const window = new Window({ url: 'https://partner.example/' });
    const before = new Set(Object.getOwnPropertyNames(window));
    window.eval(widget.code);
    window.eval(referral.code);
    const api = (window as unknown as { CyberScan: { runtime: { referral?: unknown } } }).CyberScan;
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.has(name))).toEqual(['CyberScan']);
    expect(Object.keys(api)).toEqual(['mount']);
    expect(typeof api.runtime.referral).toBe('function');
  });
});

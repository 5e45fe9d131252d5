// @vitest-environment node
/**
 * widget-compare.js and widget-reminder.js, built in memory as `npm run build` builds them and run
 * on top of widget.js in a fresh page: neither brings a Preact of its own, and each registers its
 * one slot on the runtime and adds nothing else to the page. (Their size budgets are tests/budget/size.test.ts.)
 */
import { Window } from 'happy-dom';
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildScript } from './build-target';

let widget: Rolldown.OutputChunk;
const chunks: Record<string, Rolldown.OutputChunk> = {};

beforeAll(async () => {
  widget = await buildScript('widget.js');
  for (const file of ['widget-compare.js', 'widget-reminder.js']) chunks[file] = await buildScript(file);
}, 60_000);

describe.each([
  ['widget-compare.js', 'compare'],
  ['widget-reminder.js', 'reminder'],
])('%s', (file, slot) => {
  test('is one file with nothing from node_modules: Preact comes from widget.js', () => {
    expect(chunks[file]!.fileName).toBe(file);
    expect(Object.keys(chunks[file]!.modules).filter((id) => id.includes('node_modules'))).toEqual([]);
  });

  test(`registers ${slot} on the runtime and adds nothing else to the page`, () => {
    const window = new Window({ url: 'https://partner.example/' });
    const before = new Set(Object.getOwnPropertyNames(window));
    window.eval(widget.code);
    window.eval(chunks[file]!.code);
    const api = (window as unknown as { CyberScan: { runtime: Record<string, unknown> } }).CyberScan;
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.has(name))).toEqual(['CyberScan']);
    expect(Object.keys(api)).toEqual(['mount']);
    expect(typeof api.runtime[slot]).toBe('function');
  });
});

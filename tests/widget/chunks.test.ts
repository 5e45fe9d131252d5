// @vitest-environment node
/**
 * Every chunk widget.js loads on demand (the partner scripts `widget-<slot>.js` of
 * build/targets.ts), built in memory as `npm run build` builds it and run on top of widget.js in
 * a fresh page: none brings a Preact of its own, one with `sharesPreact` imports from Preact only
 * what widget.js shares on its runtime, and each registers its slot (widget/load-chunk.ts) and adds
 * nothing else to the page. What a chunk holds is tested in its own file; its size budget in
 * tests/budget/size.test.ts.
 */
import type { Plugin, Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { targets } from '../../build/targets';
import { buildScript } from './build-target';
import { pageWith } from './chunk-page';

/** The slot a chunk registers, from its file name as widget/load-chunk.ts loads it. */
const CHUNK_FILE = /^widget-(\w+)\.js$/;
const chunks = targets.flatMap((target) => {
  const slot = CHUNK_FILE.exec(target.file)?.[1];
  return target.kind === 'partner-script' && slot !== undefined ? [{ file: target.file, slot, sharesPreact: target.sharesPreact === true }] : [];
});

/** A plugin that records every name a build's modules import from `preact` and `preact/jsx-runtime`, after JSX is compiled. */
function preactImportsOf(names: Set<string>): Plugin {
  return {
    name: 'record-preact-imports',
    enforce: 'post',
    transform(code) {
      for (const [, list] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']preact(?:\/jsx-runtime)?["']/g)) {
        for (const name of list!.split(',')) names.add(name.trim().split(/\s+as\s+/)[0]!);
      }
      names.delete('');
    },
  };
}

let widget: Rolldown.OutputChunk;
const built = new Map<string, { chunk: Rolldown.OutputChunk; preactImports: Set<string> }>();

beforeAll(async () => {
  widget = await buildScript('widget.js');
  for (const { file } of chunks) {
    const preactImports = new Set<string>();
    built.set(file, { chunk: await buildScript(file, [preactImportsOf(preactImports)]), preactImports });
  }
}, 120_000);

test('the table has chunks, and chunks that render inside widget.js’s Preact tree', () => {
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.filter((chunk) => chunk.sharesPreact).length).toBeGreaterThan(0);
});

describe.each(chunks)('$file', ({ file, slot }) => {
  test('is one file with nothing from node_modules: Preact, where it renders, comes from widget.js', () => {
    const { chunk } = built.get(file)!;
    expect(chunk.fileName).toBe(file);
    expect(Object.keys(chunk.modules).filter((id) => id.includes('node_modules'))).toEqual([]);
  });

  test(`registers ${slot} on the runtime and adds nothing else to the page`, () => {
    const { added, api, runtime } = pageWith(widget.code, [built.get(file)!.chunk.code]);
    expect(added).toEqual(['CyberScan']);
    expect(Object.keys(api)).toEqual(['mount']);
    expect(runtime[slot]).toBeTruthy();
  });
});

describe.each(chunks.filter((chunk) => chunk.sharesPreact))('$file, rendered inside widget.js’s Preact tree', ({ file }) => {
  test('imports from Preact only what widget.js shares on its runtime', () => {
    const { preactImports } = built.get(file)!;
    const { runtime } = pageWith(widget.code, []);
    expect(preactImports.size).toBeGreaterThan(0);
    expect([...preactImports].filter((name) => !(name in runtime))).toEqual([]);
  });
});

// @vitest-environment node
/**
 * The shipped file itself: built in memory with the project's vite.config.ts, then run in a fresh
 * page. (Its size budget is tests/budget/widget-size.test.ts, on the file `npm run build` writes.)
 */
import { Window } from 'happy-dom';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';

let files: (Rolldown.OutputChunk | Rolldown.OutputAsset)[];
let code: string;

beforeAll(async () => {
  const result = (await build({ logLevel: 'silent', build: { write: false } })) as Rolldown.RolldownOutput[];
  files = result.flatMap((r) => r.output);
  code = files.find((f): f is Rolldown.OutputChunk => f.type === 'chunk')?.code ?? '';
}, 30_000);

describe('widget.js', () => {
  test('is one file, with no separate CSS', () => {
    expect(files.map((f) => f.fileName)).toEqual(['widget.js']);
  });

  test('adds nothing to the page but window.CyberScan and <cyber-scan>', () => {
    const window = new Window({ url: 'https://partner.example/' });
    const before = new Set(Object.getOwnPropertyNames(window));
    window.eval(code);
    expect(Object.getOwnPropertyNames(window).filter((name) => !before.has(name))).toEqual(['CyberScan']);
    expect(window.customElements.get('cyber-scan')).toBeTruthy();
  });
});

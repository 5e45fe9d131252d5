// @vitest-environment node
/**
 * The shipped file itself: built in memory as `npm run build` builds it, then run in a fresh
 * page. (Its size budget is tests/budget/size.test.ts, on the file `npm run build` writes.)
 */
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTarget } from './build-target';
import { pageWith } from './chunk-page';

let files: (Rolldown.OutputChunk | Rolldown.OutputAsset)[];
let code: string;

beforeAll(async () => {
  files = await buildTarget('widget.js');
  code = files.find((f): f is Rolldown.OutputChunk => f.type === 'chunk')?.code ?? '';
}, 30_000);

describe('widget.js', () => {
  test('is one file, with no separate CSS', () => {
    expect(files.map((f) => f.fileName)).toEqual(['widget.js']);
  });

  test('checks saved answers with the core rules, without the words the API gives for them', () => {
    // core/validate-answers.ts reports codes; worker/schemas/fields.ts words them (issue 14).
    expect(code.includes('is not offered for this question')).toBe(false);
    expect(code.includes('not asked for this company profile')).toBe(false);
    expect(code.includes('not-offered')).toBe(true);
  });

  test('adds nothing to the page but window.CyberScan and <cyber-scan>', () => {
    const { window, added } = pageWith(code, []);
    expect(added).toEqual(['CyberScan']);
    expect(window.customElements.get('cyber-scan')).toBeTruthy();
  });
});

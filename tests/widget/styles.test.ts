// @vitest-environment node
/** The rules the widget's CSS must keep to survive on any partner page. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The widget's own sheets, and the referral step's, which joins them in the same shadow root. */
const dirs = [new URL('../../widget/styles/', import.meta.url), new URL('../../widget/referral/', import.meta.url)];
const sheets = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.css'))
    .map((name) => ({ name, css: readFileSync(new URL(name, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') })),
);
const host = sheets.find((s) => s.name === 'host.css')!.css;
const hostRule = host.slice(host.indexOf(':host {'), host.indexOf('}', host.indexOf(':host {')));

describe('widget CSS', () => {
  test.each(sheets)('$name never uses rem, which follows the host page root font size', ({ css }) => {
    expect(css).not.toMatch(/\d\s*rem\b/);
  });

  test('resets everything the host page may have set on the host element, with !important', () => {
    expect(hostRule).toContain('all: initial !important');
    expect(hostRule).toContain('display: block !important');
    expect(hostRule).toContain('font-size: medium !important');
  });

  test('lets the page hide the widget with the hidden attribute despite display: block !important', () => {
    expect(host).toMatch(/:host\(\[hidden\]\)\s*{\s*display: none !important;/);
  });

  test.each(['--cyberscan-accent', '--cyberscan-accent-text', '--cyberscan-font', '--cyberscan-radius', '--cyberscan-surface', '--cyberscan-text'])(
    'can be themed through %s',
    (property) => {
      expect(sheets.some(({ css }) => css.includes(`var(${property},`))).toBe(true);
    },
  );

  test('has no transitions or animations, so reduced motion needs no exception', () => {
    for (const { css } of sheets) expect(css).not.toMatch(/transition|animation/);
  });
});

/**
 * The partner tools' pure parts (embed/): the code a partner pastes, and the contrast warning on
 * the colours they pick. (The page itself, in Chromium: tests/browser/partner-tools.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { PARTNER_ID_PATTERN } from '../../core/partner-id';
import { contrastRatio, TEXT_CONTRAST } from '../../embed/contrast';
import { embedHtml, themeCss, type EmbedSettings } from '../../embed/snippet';

const ORIGIN = 'https://cyberscan.example';
const defaults: EmbedSettings = { lang: 'nl', partner: '', network: '', theme: new Map() };

describe('the HTML to paste', () => {
  test('loads widget.js from this deployment and shows a placeholder until a partner id is typed', () => {
    expect(embedHtml(ORIGIN, defaults)).toBe(
      `<script src="${ORIGIN}/widget.js" async></script>\n<cyber-scan partner="jouw-partner-id" lang="nl"></cyber-scan>`,
    );
  });

  test('carries the partner id, the language and a chosen network', () => {
    expect(embedHtml(ORIGIN, { ...defaults, lang: 'en', partner: 'gemeente-lindewaard', network: 'cyberwerf' })).toBe(
      `<script src="${ORIGIN}/widget.js" async></script>\n<cyber-scan partner="gemeente-lindewaard" lang="en" network="cyberwerf"></cyber-scan>`,
    );
  });

  test('escapes what it puts in an attribute, so typed text cannot break out of it', () => {
    const html = embedHtml(ORIGIN, { ...defaults, partner: 'a"><script>x</script>', network: 'b&c' });
    expect(html).toContain('partner="a&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain('network="b&amp;c"');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('the partner id rule', () => {
  test.each(['demo', 'gemeente-lindewaard', 'a', 'x'.repeat(64), '0-9'])('accepts %s', (id) => {
    expect(PARTNER_ID_PATTERN.test(id)).toBe(true);
  });

  test.each(['', 'Demo', 'gemeente lindewaard', 'ondernemers_vereniging', 'x'.repeat(65), 'café'])('refuses "%s"', (id) => {
    expect(PARTNER_ID_PATTERN.test(id)).toBe(false);
  });
});

describe('the CSS to paste', () => {
  test('is only a comment while every colour is the default', () => {
    expect(themeCss(new Map())).toBe('/* Standaardkleuren: je hebt geen CSS nodig. */');
  });

  test('is one rule for cyber-scan with each changed colour', () => {
    const theme = new Map([['--cyberscan-accent', '#0b5563'], ['--cyberscan-text', '#000000']]);
    expect(themeCss(theme)).toBe('cyber-scan {\n  --cyberscan-accent: #0b5563;\n  --cyberscan-text: #000000;\n}');
  });
});

describe('the contrast between two colours (WCAG 2)', () => {
  test('runs from 1 for one colour on itself to 21 for black on white, in either order', () => {
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
  });

  test('passes #767676 on white for text and fails #777777, the known edge of 4.5:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(TEXT_CONTRAST);
  });

  test('passes the widget\'s own default colours', () => {
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio('#1f2937', '#ffffff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });
});

import { describe, expect, it } from 'vitest';
import { revealUnsafeText, textProblem } from '../../core/text';

describe('the text rule', () => {
  it('passes ordinary Dutch and other scripts in either kind of field', () => {
    for (const text of ['Bakkerij De Korenschoof', 'Ærø & Zoon — “’s avonds”', 'محمد', '日本語', '👩‍💻 IT-bedrijf']) {
      expect(textProblem(text, 'one-line')).toBeNull();
      expect(textProblem(text, 'multi-line')).toBeNull();
    }
  });

  it('allows new lines and tabs only in multi-line fields', () => {
    expect(textProblem('a\nb\tc', 'multi-line')).toBeNull();
    expect(textProblem('a\nb', 'one-line')).toBe('control');
    expect(textProblem('a\tb', 'one-line')).toBe('control');
  });

  it('refuses other control characters everywhere, C1 and DEL included', () => {
    for (const char of ['\u0000', '\u0007', '\u001b', '\r', '\u007f', '\u0085', '\u009b']) {
      expect(textProblem(`a${char}b`, 'one-line')).toBe('control');
      expect(textProblem(`a${char}b`, 'multi-line')).toBe('control');
    }
  });

  it('refuses bidi controls in one-line fields, and overrides in multi-line ones', () => {
    expect(textProblem('Bakkerij \u202Efdp.exe', 'one-line')).toBe('bidi');
    expect(textProblem('a\u2066b\u2069', 'multi-line')).toBe('bidi');
    expect(textProblem('a\u200fb', 'one-line')).toBe('bidi');
    expect(textProblem('a\u200fb', 'multi-line')).toBeNull();
  });

  it('refuses line and paragraph separators in one-line fields', () => {
    expect(textProblem('a\u2028b', 'one-line')).toBe('line-separator');
    expect(textProblem('a\u2029b', 'one-line')).toBe('line-separator');
  });

  it('refuses lone surrogates, and passes surrogate pairs', () => {
    expect(textProblem('a\ud800b', 'multi-line')).toBe('ill-formed');
    expect(textProblem('a\udfffb', 'one-line')).toBe('ill-formed');
    expect(textProblem('\ud83d\ude00', 'one-line')).toBeNull();
  });

  it('shows older stored text with every forbidden character as a visible code', () => {
    expect(revealUnsafeText('Bakkerij \u202Efdp.exe', 'one-line')).toBe('Bakkerij [U+202E]fdp.exe');
    expect(revealUnsafeText('Bel\u0007 me\nmorgen', 'multi-line')).toBe('Bel[U+0007] me\nmorgen');
    expect(revealUnsafeText('x\ud800', 'one-line')).toBe('x[U+D800]');
    expect(revealUnsafeText('Gewone tekst', 'one-line')).toBe('Gewone tekst');
  });
});

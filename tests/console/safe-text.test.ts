import { describe, expect, it } from 'vitest';
import { parseSafely } from '../../console/safe-text';

describe('the console reading older stored text', () => {
  it('shows bidi overrides, controls and lone surrogates as visible codes, and leaves ordinary text alone', () => {
    const stored = JSON.stringify({
      companyName: 'Bakkerij \u202Efdp.exe',
      contactName: 'Sanne\u2028de Vries',
      message: 'Bel\u0007 me\nmorgen\u001b[31m',
      note: 'Gebeld \ud800',
      status: 'new',
      history: [{ note: 'ok\tklaar' }],
    });
    expect(parseSafely(stored)).toEqual({
      companyName: 'Bakkerij [U+202E]fdp.exe',
      contactName: 'Sanne[U+2028]de Vries',
      message: 'Bel[U+0007] me\nmorgen[U+001B][31m',
      note: 'Gebeld [U+D800]',
      status: 'new',
      history: [{ note: 'ok\tklaar' }],
    });
  });
});

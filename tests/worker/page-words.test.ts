import { describe, expect, it } from 'vitest';
import { get } from './fetch';

/**
 * The brief's words: every Dutch page says "je" to its reader (the entrepreneur, and the partner's
 * webmaster on the embed pages), never the formal "u" or "uw".
 */
const DUTCH_PAGES = ['/', '/demo/multiple', '/demo/hostile-css', '/withdraw', '/privacy', '/embed'];

/** The words a page reads out: tags, scripts, styles and code samples left out. */
function visibleWords(page: string): string {
  return page
    .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

const FORMAL = /(?<![\p{L}\p{N}'’-])(u|uw|U|Uw)(?![\p{L}\p{N}'’-])/gu;

describe('the words of the Dutch pages', () => {
  it('finds the formal address when a page has it', () => {
    expect(visibleWords('<p>Heeft u <b>uw</b> code?</p><code>u</code>').match(FORMAL)).toEqual(['u', 'uw']);
  });

  it.each(DUTCH_PAGES)('%s says "je", never "u" or "uw"', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<html lang="nl"/);
    expect(visibleWords(page).match(FORMAL)).toBeNull();
    expect(visibleWords(page).trim().length).toBeGreaterThan(100);
  });
});

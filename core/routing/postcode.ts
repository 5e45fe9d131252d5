/** @module Reading a Dutch postcode as the four-digit number (PC4) that routing works with. */

/** Why an input is not a postcode; a code, so the widget can say it in the visitor's language. */
export type PostcodeProblem = 'empty' | 'not-a-postcode' | 'starts-with-zero';

export type ParsedPostcode =
  | { readonly ok: true; readonly pc4: number }
  | { readonly ok: false; readonly reason: PostcodeProblem };

/** Four digits, then optionally one space and two letters ("3511", "3511 AB", "3511ab"). */
const POSTCODE = /^(\d{4}) ?([a-z]{2})?$/i;

/**
 * Reads a postcode and keeps only its digits: the letters narrow it to a street, which routing
 * does not need and which nothing anonymous may keep. Dutch postcodes start at 1000, so a leading
 * zero is a typo (or a Belgian postcode), not a place.
 */
/*#__NO_SIDE_EFFECTS__*/
export function parsePostcode(input: string): ParsedPostcode {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const digits = POSTCODE.exec(text)?.[1];
  if (digits === undefined) return { ok: false, reason: 'not-a-postcode' };
  if (digits.startsWith('0')) return { ok: false, reason: 'starts-with-zero' };
  return { ok: true, pc4: Number(digits) };
}

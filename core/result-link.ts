/**
 * @module The result link's fragment: the bank version and every answer, packed so that it can
 * be typed from paper (`2027.1-…`: each question one of six states, its five answers or "not
 * asked" for a question the company's profile hid, about 2.6 bits each). It lives after `#`, so
 * it is never sent to a server; the widget rebuilds and rescores the result from it alone.
 */
import { ANSWERS, type Answer, type Answers } from './answers';
import type { BankStructure } from './bank/types';

/** Crockford's base 32: no I, L, O or U, so nothing reads as another character or a word. */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = BigInt(DIGITS.length);
/** A question the profile hid (core/bank/visibility.ts): scored like "not applicable". */
const NOT_ASKED = ANSWERS.length;
const STATES = BigInt(ANSWERS.length + 1);

/** The name the fragment carries: `#cyberscan=<packed>`. */
export const RESULT_LINK_KEY = 'cyberscan';

/** How many characters `questionCount` answers pack into: enough for STATES^count values. */
function packedLength(questionCount: number): number {
  let length = 0;
  for (let room = 1n; room < STATES ** BigInt(questionCount); room *= BASE) length += 1;
  return length;
}

/** `answers` of `bank`, every question shown answered, as `<bank version>-<packed answers>`. */
export function packResult(bank: BankStructure, answers: Answers): string {
  let value = 0n;
  for (const q of bank.questions) value = value * STATES + BigInt(answers[q.id] === undefined ? NOT_ASKED : ANSWERS.indexOf(answers[q.id]!));
  let packed = '';
  for (let i = packedLength(bank.questions.length); i > 0; i--, value /= BASE) packed = DIGITS[Number(value % BASE)] + packed;
  return `${bank.version}-${packed}`;
}

/** What a fragment holds: the answers, or why it cannot be opened here. */
export type UnpackedResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly reason: 'malformed' }
  /** Made with another bank version, which this widget cannot score. */
  | { readonly ok: false; readonly reason: 'other-version'; readonly bankVersion: string };

/**
 * Reads `packed` (as {@link packResult} wrote it, or as typed: case, and O/I/L for 0/1/1, are
 * forgiven) against `bank`.
 */
export function unpackResult(bank: BankStructure, packed: string): UnpackedResult {
  const match = /^(\d{4}\.\d+)-([0-9A-Za-z]+)$/.exec(packed.trim());
  if (!match) return { ok: false, reason: 'malformed' };
  const [, version, digits] = match;
  if (version !== bank.version) return { ok: false, reason: 'other-version', bankVersion: version! };
  const typed = digits!.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (typed.length !== packedLength(bank.questions.length) || /[^0-9A-Z]|U/.test(typed)) return { ok: false, reason: 'malformed' };
  let value = 0n;
  for (const char of typed) value = value * BASE + BigInt(DIGITS.indexOf(char));
  const picked: Record<string, Answer> = {};
  let fits = true;
  for (const q of [...bank.questions].reverse()) {
    const state = Number(value % STATES);
    value /= STATES;
    // Only a question some profile hides may be "not asked"; an answer must be one it offers.
    if (state === NOT_ASKED) fits &&= q.showWhen !== undefined;
    else fits &&= q.answers.includes((picked[q.id] = ANSWERS[state]!));
  }
  // Left over, or an answer the bank would not have asked for: not a link we made.
  if (value !== 0n || !fits) return { ok: false, reason: 'malformed' };
  return { ok: true, answers: picked };
}

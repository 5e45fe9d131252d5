/**
 * @module The one rule for every free-text field (referral form, console note, admin tool): text
 * that reaches a spreadsheet, an e-mail, a webhook or a screen must not mislead or break its
 * reader. Well-formed Unicode only; no control characters but newline and tab, and those only in
 * multi-line fields; no bidirectional controls (`"Bakkerij \u202Efdp.exe"` shows as
 * "Bakkerij exe.pdf") and no line or paragraph separators in one-line fields.
 */

/** A one-line field (a name) or a multi-line one (a message, a note). */
export type TextKind = 'one-line' | 'multi-line';

/** What is wrong with a text, the first problem found. */
export type TextProblem = 'ill-formed' | 'control' | 'bidi' | 'line-separator';

/** A lone surrogate: JavaScript strings may hold one, UTF-8 cannot. */
const ILL_FORMED = /\p{Cs}/u;
/** C0 and C1 controls and DEL, except tab and newline. */
const CONTROL_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const CONTROL = /\p{Cc}/u;
/** Embeddings, overrides, isolates (U+202A-202E, U+2066-2069) and the marks LRM, RLM, ALM. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/** Overrides and isolates only: a mark may be needed in right-to-left prose, an override never is. */
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/u;
/** U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line breaks that readers treat unlike \n. */
const LINE_SEPARATOR = /[\u2028\u2029]/u;

/** The first problem of `text` as a field of `kind`, or null when it passes. */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
  if (ILL_FORMED.test(text)) return 'ill-formed';
  if ((kind === 'one-line' ? CONTROL : CONTROL_EXCEPT_TAB_NEWLINE).test(text)) return 'control';
  if ((kind === 'one-line' ? BIDI : BIDI_OVERRIDE).test(text)) return 'bidi';
  if (kind === 'one-line' && LINE_SEPARATOR.test(text)) return 'line-separator';
  return null;
}

/** Plain English for each problem, to follow the field's name ("Company name must ..."). */
export const TEXT_PROBLEM_MESSAGES: Readonly<Record<TextProblem, Record<TextKind, string>>> = {
  'ill-formed': { 'one-line': 'must be well-formed Unicode text', 'multi-line': 'must be well-formed Unicode text' },
  control: { 'one-line': 'must be a single line without control characters', 'multi-line': 'may hold no control characters but new lines and tabs' },
  bidi: { 'one-line': 'may hold no text-direction control characters', 'multi-line': 'may hold no text-direction override characters' },
  'line-separator': { 'one-line': 'must be a single line', 'multi-line': 'must be a single line' },
};

const UNSAFE = {
  'one-line': /\p{Cs}|\p{Cc}|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/gu,
  'multi-line': /\p{Cs}|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu,
} as const;

/**
 * `text` with every character the rule forbids shown as a visible code, e.g. `[U+202E]`: for text
 * stored before the rule, so a reader sees that something odd was typed instead of being misled.
 */
export function revealUnsafeText(text: string, kind: TextKind): string {
  return text.replace(UNSAFE[kind], (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

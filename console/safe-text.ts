/**
 * @module Reading the console API's JSON so that text stored before the text rule (core/text.ts)
 * cannot mislead: every forbidden character shows as a visible code, e.g. `[U+202E]`, instead of
 * turning "Bakkerij \u202Efdp.exe" into "Bakkerij exe.pdf" on screen.
 */
import { revealUnsafeText } from '../core/text';

/** Fields that are one line by the rule; every other string is held to the multi-line rule. */
const ONE_LINE_FIELDS: ReadonlySet<string> = new Set(['companyName', 'contactName', 'name', 'partnerName']);

/** A `JSON.parse` reviver applying {@link revealUnsafeText} to every string value. */
export const revealUnsafeStrings = (key: string, value: unknown): unknown =>
  typeof value === 'string' ? revealUnsafeText(value, ONE_LINE_FIELDS.has(key) ? 'one-line' : 'multi-line') : value;

/** Parses an API answer with {@link revealUnsafeStrings}. */
export const parseSafely = <T>(json: string): T => JSON.parse(json, revealUnsafeStrings) as T;

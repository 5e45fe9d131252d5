/**
 * @module The shape of every e-mail's text: one table per e-mail, keyed by language (Dutch first),
 * of `{name}` templates that core/fill.ts fills. The words live in this folder, never in a builder.
 */
import type { Lang } from '../../../core/bank/types';

/**
 * One e-mail's text in each language it is sent in (`In`: every language unless the e-mail is
 * Dutch only). Each language is a whole `Text`, so the compiler refuses a language that lacks a
 * key; tests/worker/mail-text.test.ts also checks that every language uses the same placeholders.
 */
export type MailTexts<Text, In extends Lang = Lang> = { readonly [L in In]: Text };

/** An e-mail's body: paragraphs, a blank line between them; a `\n` inside one breaks a line. */
export type Paragraphs = readonly string[];

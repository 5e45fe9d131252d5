/** @module Writes an e-mail from its text (worker/mail/text/): the one way its templates are filled. */
import { fill } from '../../core/fill';
import type { Mail } from './send-mail';
import type { Paragraphs } from './text/types';

/** What fills the `{name}` placeholders of one e-mail. */
export type MailValues = Readonly<Record<string, string | number>>;

/**
 * The body of `paragraphs` filled with `values`, a blank line between them. A paragraph that
 * fills to nothing (an optional part left empty, such as a refusal without a reason) is left out.
 */
export const fillParagraphs = (paragraphs: Paragraphs, values: MailValues): string =>
  paragraphs.map((paragraph) => fill(paragraph, values)).filter((paragraph) => paragraph !== '').join('\n\n');

/** The e-mail to `to`: `subject` and `paragraphs` filled with `values`, ending in a line break. */
export const fillMail = (to: string, subject: string, paragraphs: Paragraphs, values: MailValues): Mail => ({
  to,
  subject: fill(subject, values),
  text: `${fillParagraphs(paragraphs, values)}\n`,
});

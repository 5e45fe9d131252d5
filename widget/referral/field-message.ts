/** @module The message shown next to a field, in the visitor's language. */
import { fill } from '../../core/fill';
import { maxLength, type FieldName, type FieldProblem } from './form-rules';
import type { ReferralText } from './i18n/types';

/** The field's message for `problem`; a field without a "missing" message says what is valid. */
export function fieldMessage(text: ReferralText, name: FieldName, problem: FieldProblem | undefined): string | undefined {
  if (!problem) return undefined;
  const messages = text.problems[name];
  return fill((problem === 'missing' && messages.missing) || messages.invalid, { max: maxLength(name) ?? '' });
}

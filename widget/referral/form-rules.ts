/**
 * @module The referral form's fields and the checks the widget makes before sending. The limits
 * and patterns are core's (referral-fields, parsePostcode), which the worker enforces too; the
 * worker's own answer (`issues`) is mapped back onto the same fields.
 */
import { PHONE_PATTERN, REFERRAL_FIELD_MAX } from '../../core/referral-fields';
import { parsePostcode } from '../../core/routing/postcode';

/** The form's fields, in the order they are shown; also the `issues` paths the API uses for them. */
export const FIELDS = ['postcode', 'companyName', 'contactName', 'email', 'phone', 'sector', 'size', 'message'] as const;
export type FieldName = (typeof FIELDS)[number];

export type FieldProblem = 'missing' | 'invalid';
export type Problems = Partial<Record<FieldName, FieldProblem>>;

/** What the visitor typed, per field, and the honeypot. */
export type FieldValues = Readonly<Record<FieldName | 'website', string>>;

/** Fields that go into e-mail headers and lists must be one line (no control characters). */
const ONE_LINE = /^[^\p{Cc}]*$/u;

/** Loose on purpose: the worker has the strict check, and answers with an issue if it disagrees. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The limit that `{max}` in a field's message stands for. */
export const maxLength = (name: FieldName): number | undefined =>
  (REFERRAL_FIELD_MAX as Partial<Record<FieldName, number>>)[name];

/** The four digits of a postcode that passes `fieldProblem`. */
export function pc4Of(text: string): number | undefined {
  const parsed = parsePostcode(text);
  return parsed.ok ? parsed.pc4 : undefined;
}

function requiredLine(text: string, max: number): FieldProblem | undefined {
  if (text === '') return 'missing';
  return text.length > max || !ONE_LINE.test(text) ? 'invalid' : undefined;
}

/** What is wrong with one field's value, if anything. Sector and size come from a list. */
export function fieldProblem(name: FieldName, value: string): FieldProblem | undefined {
  const text = value.trim();
  switch (name) {
    case 'postcode':
      return pc4Of(text) !== undefined ? undefined : text === '' ? 'missing' : 'invalid';
    case 'companyName':
    case 'contactName':
      return requiredLine(text, REFERRAL_FIELD_MAX[name]);
    case 'email':
      if (text === '') return 'missing';
      return text.length > REFERRAL_FIELD_MAX.email || !EMAIL.test(text) ? 'invalid' : undefined;
    case 'phone':
      return text !== '' && !PHONE_PATTERN.test(text) ? 'invalid' : undefined;
    case 'message':
      return text.length > REFERRAL_FIELD_MAX.message ? 'invalid' : undefined;
    default:
      return undefined;
  }
}

/** The problems of the `shown` fields. */
export function checkFields(values: FieldValues, shown: readonly FieldName[]): Problems {
  const problems: Problems = {};
  for (const name of shown) {
    const problem = fieldProblem(name, values[name]);
    if (problem) problems[name] = problem;
  }
  return problems;
}

/**
 * The worker's `issues` as field problems, for the `shown` fields only. Its messages are English
 * for developers; the visitor gets the field's own message in the widget's language.
 */
export function problemsFromIssues(paths: readonly string[], shown: readonly FieldName[]): Problems {
  const problems: Problems = {};
  for (const name of shown) if (paths.includes(name)) problems[name] = 'invalid';
  return problems;
}

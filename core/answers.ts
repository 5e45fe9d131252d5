/** @module The answers a visitor can give, and what each one is worth in the score. */

/** Every answer option, in the order the widget shows them. */
export const ANSWERS = ['yes', 'partial', 'no', 'unknown', 'na'] as const;

export type Answer = (typeof ANSWERS)[number];

/** A visitor's answers, keyed by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/**
 * What an answer contributes to a principle score. `unknown` counts as not done (it is also
 * counted separately, because "don't know" is the best reason for a scan); `na` has no value
 * because it is left out of the denominator altogether.
 */
export const ANSWER_VALUE: Readonly<Record<Exclude<Answer, 'na'>, number>> = {
  yes: 1,
  partial: 0.5,
  no: 0,
  unknown: 0,
};

/** Narrows an unknown value to an {@link Answer}. */
export const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);

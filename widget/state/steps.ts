/**
 * @module The path through the assessment as one step number: intro, profile, one step per
 * question, result. A single number is easy to save, restore and move back and forth.
 */

export const INTRO_STEP = 0;
export const PROFILE_STEP = 1;
const FIRST_QUESTION_STEP = 2;

export type Screen =
  | { readonly kind: 'intro' }
  | { readonly kind: 'profile' }
  | { readonly kind: 'question'; readonly index: number }
  | { readonly kind: 'result' };

/** The step of the result screen, after the last of `questionCount` questions. */
export const resultStep = (questionCount: number): number => FIRST_QUESTION_STEP + questionCount;

/** The step that shows question `index` (0-based). */
export const questionStep = (index: number): number => FIRST_QUESTION_STEP + index;

/** How many questions come before `step`: a visitor there has answered them all. */
export const questionsBefore = (step: number, questionCount: number): number =>
  Math.min(Math.max(step - FIRST_QUESTION_STEP, 0), questionCount);

/** What `step` shows. */
export function screenAt(step: number, questionCount: number): Screen {
  if (step <= INTRO_STEP) return { kind: 'intro' };
  if (step === PROFILE_STEP) return { kind: 'profile' };
  if (step >= resultStep(questionCount)) return { kind: 'result' };
  return { kind: 'question', index: step - FIRST_QUESTION_STEP };
}

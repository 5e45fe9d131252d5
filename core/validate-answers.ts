/** @module Checks a complete set of answers against the bank; shared by widget resume and worker. */
import { isAnswer } from './answers';
import { isShown } from './bank/visibility';
import type { BankStructure } from './bank/types';
import type { Profile } from './profile/index';

/**
 * What is wrong with one question's answer, as a code: the worker words it for the API
 * (worker/schemas/fields.ts), and widget.js, which only needs to know whether there is a problem,
 * carries no words (issue 14).
 */
export type AnswerProblemKind = 'unknown-question' | 'not-asked' | 'not-answered' | 'not-an-answer' | 'not-offered';

export interface AnswerProblem {
  /** The question id the problem is about. */
  readonly path: string;
  readonly kind: AnswerProblemKind;
}

/**
 * Lists why `answers` is not one complete, valid answer set for a company with `profile`: every
 * question shown to it answered exactly once with one of the answers that question offers, and
 * no answer to a question it was not shown.
 */
/*#__NO_SIDE_EFFECTS__*/
export function answerProblems(bank: BankStructure, answers: Readonly<Record<string, unknown>>, profile: Profile = {}): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(bank.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ path: id, kind: 'unknown-question' });
  }
  for (const q of bank.questions) {
    const answer = answers[q.id];
    if (!isShown(q, profile)) {
      if (answer !== undefined) problems.push({ path: q.id, kind: 'not-asked' });
    } else if (answer === undefined) problems.push({ path: q.id, kind: 'not-answered' });
    else if (!isAnswer(answer)) problems.push({ path: q.id, kind: 'not-an-answer' });
    else if (!q.answers.includes(answer)) problems.push({ path: q.id, kind: 'not-offered' });
  }
  return problems;
}

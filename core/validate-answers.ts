/** @module Checks a complete set of answers against the bank; shared by widget resume and worker. */
import { isAnswer } from './answers';
import { isShown } from './bank/visibility';
import type { BankStructure } from './bank/types';
import type { Profile } from './profile/index';

export interface AnswerProblem {
  /** The question id the problem is about. */
  readonly path: string;
  readonly message: string;
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
    if (!known.has(id)) problems.push({ path: id, message: 'unknown question' });
  }
  for (const q of bank.questions) {
    const answer = answers[q.id];
    if (!isShown(q, profile)) {
      if (answer !== undefined) problems.push({ path: q.id, message: 'not asked for this company profile' });
    } else if (answer === undefined) problems.push({ path: q.id, message: 'not answered' });
    else if (!isAnswer(answer)) problems.push({ path: q.id, message: 'not a valid answer' });
    else if (!q.answers.includes(answer)) problems.push({ path: q.id, message: `"${answer}" is not offered for this question` });
  }
  return problems;
}

/** @module Checks a complete set of answers against the bank; shared by widget resume and worker. */
import { isAnswer } from './answers';
import type { BankStructure } from './bank/types';

export interface AnswerProblem {
  /** The question id the problem is about. */
  readonly path: string;
  readonly message: string;
}

/**
 * Lists why `answers` is not one complete, valid answer set: every question answered exactly
 * once, with a known answer, and "not applicable" only where the question allows it.
 */
/*#__NO_SIDE_EFFECTS__*/
export function answerProblems(bank: BankStructure, answers: Readonly<Record<string, unknown>>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(bank.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ path: id, message: 'unknown question' });
  }
  for (const q of bank.questions) {
    const answer = answers[q.id];
    if (answer === undefined) problems.push({ path: q.id, message: 'not answered' });
    else if (!isAnswer(answer)) problems.push({ path: q.id, message: 'not a valid answer' });
    else if (answer === 'na' && !q.naAllowed) problems.push({ path: q.id, message: '"na" is not allowed here' });
  }
  return problems;
}

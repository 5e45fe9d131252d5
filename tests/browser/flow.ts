/**
 * @module Drives one widget like a visitor with a mouse: start, skip the profile, answer every
 * question. `scope` is the page when it holds one widget, else that widget's element.
 */
import type { Locator, Page } from 'playwright-core';
import type { Answer, Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank/index';
import { scoreAssessment, type Assessment } from '../../core/scoring';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import type { UiText } from '../../widget/i18n/types';

export type Scope = Page | Locator;

export const QUESTION_COUNT = bankStructure.questions.length;

/** Every answer but "not applicable" (not every question allows it), "Weet ik niet" four times. */
export const MIXED_ANSWERS: readonly Answer[] = ['yes', 'unknown', 'partial', 'no'];

/**
 * The answer `pattern` gives to question `index` (0-based): the pattern repeats, and an answer
 * the question does not offer (a "partly" on a yes-or-no question) is "no".
 */
export function answerAt(pattern: readonly Answer[], index: number): Answer {
  const answer = pattern[index % pattern.length]!;
  return bankStructure.questions[index]!.answers.includes(answer) ? answer : 'no';
}

/** The answers a visitor following `pattern` gives, and what core scoring makes of them. */
export function outcomeOf(pattern: readonly Answer[]): { answers: Answers; assessment: Assessment } {
  const answers = Object.fromEntries(bankStructure.questions.map((q, i) => [q.id, answerAt(pattern, i)]));
  return { answers, assessment: scoreAssessment(bankStructure, answers) };
}

/** "Vraag 3/21" (or "Question 3 of 21"): the progress line of question `n` (1-based). */
export const progressText = (n: number, text: UiText = nl): string =>
  fill(text.question.progress, { n, total: QUESTION_COUNT });

/** From the intro to the first question, skipping the optional profile. */
export async function startScan(scope: Scope, text: UiText = nl): Promise<void> {
  await scope.getByRole('button', { name: text.intro.start, exact: true }).click();
  await scope.getByRole('button', { name: text.profile.skip, exact: true }).click();
  await scope.getByText(progressText(1, text), { exact: true }).waitFor();
}

/** Answers one question by clicking its choice; the question must be on screen. */
export async function chooseAnswer(scope: Scope, answer: Answer, text: UiText = nl): Promise<void> {
  await scope.getByRole('radio', { name: text.answers[answer], exact: true }).check();
}

/**
 * From the first question to the last one answered, answering question i with
 * `answerAt(pattern, i)`; the click on "Bekijk resultaat" is left to the caller.
 */
export async function answerUpToFinish(scope: Scope, pattern: readonly Answer[], text: UiText = nl): Promise<void> {
  for (let i = 0; i < QUESTION_COUNT; i++) {
    await scope.getByText(progressText(i + 1, text), { exact: true }).waitFor();
    await chooseAnswer(scope, answerAt(pattern, i), text);
    if (i < QUESTION_COUNT - 1) await scope.getByRole('button', { name: text.nav.next, exact: true }).click();
  }
}

/** From the first question to the whole result, answering question i with `answerAt(pattern, i)`. */
export async function answerAllQuestions(scope: Scope, pattern: readonly Answer[], text: UiText = nl): Promise<void> {
  await answerUpToFinish(scope, pattern, text);
  await scope.getByRole('button', { name: text.nav.finish, exact: true }).click();
  await scope.getByRole('heading', { name: text.result.title, exact: true }).waitFor();
  // The whole result: its end comes once its top is painted (widget/when-idle.ts).
  await scope.getByRole('button', { name: text.result.restart, exact: true }).waitFor();
}

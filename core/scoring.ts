/**
 * @module The scoring rules, in one place. The widget runs them to show the result; the worker
 * runs them again on what it receives, so a score sent by a browser is never trusted.
 *
 * Why these rules (README, "How the check scores"): the number and the band must tell the same
 * story. So the band is read from the number alone, and a critical gap lowers the number itself,
 * as the CyberRisikoCheck (DIN SPEC 27076) does with its top requirements (+3 met, −3 missed):
 * 1. The overall score is the weighted mean over all answered questions, not a mean of principle
 *    means, so a weight-3 question always counts three times a weight-1 one, in any principle.
 * 2. A critical question answered "no" or "don't know" earns minus its weight instead of zero.
 * 3. The penalty alone cannot guarantee the weakest-link rule in a bank of twenty questions, so
 *    the number is also held below green with one critical gap and below orange with two.
 */
import { ANSWER_VALUE, type Answer, type Answers } from './answers';
import type { BankStructure, PrincipleId, QuestionStructure } from './bank/types';

export type Band = 'green' | 'orange' | 'red';

/** Every band, best first: what a schema or a stored value is checked against. */
export const BANDS = ['green', 'orange', 'red'] as const satisfies readonly Band[];

export interface PrincipleScore {
  readonly id: PrincipleId;
  /** 0-100, or null when no question of the principle was applicable. */
  readonly score: number | null;
}

export interface Assessment {
  readonly principles: readonly PrincipleScore[];
  /** 0-100: the weighted mean over all questions, lowered by critical gaps. */
  readonly overall: number;
  /** Always `bandFor(overall)`: the band never disagrees with the number. */
  readonly band: Band;
  /** Ids of critical questions answered "no" or "don't know". */
  readonly criticalGaps: readonly string[];
  /** How many questions were answered "don't know". */
  readonly unknownCount: number;
  /** Every question not answered "yes" (nor "not applicable"), most urgent first. */
  readonly actions: readonly string[];
}

/** How many actions the result shows first. */
export const TOP_ACTIONS = 3;

/** Green from this overall score up. */
export const GREEN_FROM = 80;
/** Orange from this overall score up; red below. */
export const ORANGE_FROM = 50;

/** Maps an overall score to its colour band. */
export const bandFor = (overall: number): Band =>
  overall >= GREEN_FROM ? 'green' : overall >= ORANGE_FROM ? 'orange' : 'red';

/** The highest overall score a result with this many critical gaps can have. */
export const ceilingFor = (criticalGaps: number): number =>
  criticalGaps >= 2 ? ORANGE_FROM - 1 : criticalGaps === 1 ? GREEN_FROM - 1 : 100;

const isGap = (answer: Answer | undefined): boolean => answer === 'no' || answer === 'unknown';

/** What one answer earns per unit of weight: a critical gap costs, an ordinary one earns nothing. */
export function answerValue(q: QuestionStructure, answer: Exclude<Answer, 'na'>): number {
  return q.critical && isGap(answer) ? -1 : ANSWER_VALUE[answer];
}

/** Round half up, so 0.5 always goes to the higher whole number. */
const round = (n: number): number => Math.floor(n + 0.5);

/** Weighted mean of the answered, applicable questions, 0-100 (never below 0), or null. */
function weightedScore(questions: readonly QuestionStructure[], answers: Answers): number | null {
  let earned = 0;
  let possible = 0;
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined || answer === 'na') continue;
    earned += q.weight * answerValue(q, answer);
    possible += q.weight;
  }
  return possible === 0 ? null : Math.max(0, round((100 * earned) / possible));
}

/** How much closing this gap would add: weight times what is still missing. */
const urgency = (q: QuestionStructure, answer: Exclude<Answer, 'na'>): number => q.weight * (1 - answerValue(q, answer));

/** Orders the open questions: critical first, then by weight·(1 − value), then bank order. */
function rankActions(bank: BankStructure, answers: Answers): string[] {
  return bank.questions
    .map((q, order) => ({ q, order, answer: answers[q.id] }))
    .filter((x): x is typeof x & { answer: Exclude<Answer, 'na' | 'yes'> } => x.answer !== undefined && x.answer !== 'yes' && x.answer !== 'na')
    .sort(
      (a, b) =>
        Number(b.q.critical) - Number(a.q.critical) ||
        urgency(b.q, b.answer) - urgency(a.q, a.answer) ||
        a.order - b.order,
    )
    .map((x) => x.q.id);
}

/**
 * Scores a set of answers against the bank. Answers are assumed valid (see `answerProblems`);
 * a question without an answer (hidden by the profile) is treated like "not applicable".
 */
/*#__NO_SIDE_EFFECTS__*/
export function scoreAssessment(bank: BankStructure, answers: Answers): Assessment {
  const principles = bank.principles.map((id) => ({
    id,
    score: weightedScore(bank.questions.filter((q) => q.principle === id), answers),
  }));
  const criticalGaps = bank.questions.filter((q) => q.critical && isGap(answers[q.id])).map((q) => q.id);
  const overall = Math.min(weightedScore(bank.questions, answers) ?? 0, ceilingFor(criticalGaps.length));
  return {
    principles,
    overall,
    band: bandFor(overall),
    criticalGaps,
    unknownCount: bank.questions.filter((q) => answers[q.id] === 'unknown').length,
    actions: rankActions(bank, answers),
  };
}

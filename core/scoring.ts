/**
 * @module The scoring rules, in one place. The widget runs them to show the result; the worker
 * runs them again on what it receives, so a score sent by a browser is never trusted.
 */
import { ANSWER_VALUE, type Answer, type Answers } from './answers';
import type { BankStructure, PrincipleId, QuestionStructure } from './bank/types';

export type Band = 'green' | 'orange' | 'red';

export interface PrincipleScore {
  readonly id: PrincipleId;
  /** 0-100, or null when every question of the principle was "not applicable". */
  readonly score: number | null;
}

export interface Assessment {
  readonly principles: readonly PrincipleScore[];
  /** 0-100: the rounded mean of the principle scores that exist. */
  readonly overall: number;
  readonly band: Band;
  /** The band the overall score alone would give, before the critical-question caps. */
  readonly uncappedBand: Band;
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

/** Maps an overall score to its colour band, before caps. */
export const bandFor = (overall: number): Band =>
  overall >= GREEN_FROM ? 'green' : overall >= ORANGE_FROM ? 'orange' : 'red';

/**
 * Weakest-link rule: one critical gap caps the band at orange, two or more make it red,
 * whatever the average says.
 */
export function capBand(band: Band, criticalGaps: number): Band {
  if (criticalGaps >= 2) return 'red';
  if (criticalGaps === 1 && band === 'green') return 'orange';
  return band;
}

const isGap = (answer: Answer | undefined): boolean => answer === 'no' || answer === 'unknown';

/** Round half up, so 0.5 always goes to the higher whole number. */
const round = (n: number): number => Math.floor(n + 0.5);

function principleScore(questions: readonly QuestionStructure[], answers: Answers): number | null {
  let earned = 0;
  let possible = 0;
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined || answer === 'na') continue;
    earned += q.weight * ANSWER_VALUE[answer];
    possible += q.weight;
  }
  return possible === 0 ? null : round((100 * earned) / possible);
}

/** How much closing this gap would add: weight times what is still missing. */
const urgency = (q: QuestionStructure, answer: Answer): number =>
  answer === 'na' ? 0 : q.weight * (1 - ANSWER_VALUE[answer]);

/**
 * Orders the open questions: critical first, then by weight·(1 − value), then bank order.
 */
function rankActions(bank: BankStructure, answers: Answers): string[] {
  return bank.questions
    .map((q, order) => ({ q, order, answer: answers[q.id] }))
    .filter((x): x is typeof x & { answer: Answer } => x.answer !== undefined && x.answer !== 'yes' && x.answer !== 'na')
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
 * a question without an answer is treated like "not applicable".
 */
/*#__NO_SIDE_EFFECTS__*/
export function scoreAssessment(bank: BankStructure, answers: Answers): Assessment {
  const principles = bank.principles.map((id) => ({
    id,
    score: principleScore(bank.questions.filter((q) => q.principle === id), answers),
  }));
  const scored = principles.flatMap((p) => (p.score === null ? [] : [p.score]));
  const overall = scored.length === 0 ? 0 : round(scored.reduce((a, b) => a + b, 0) / scored.length);
  const criticalGaps = bank.questions.filter((q) => q.critical && isGap(answers[q.id])).map((q) => q.id);
  const uncappedBand = bandFor(overall);
  return {
    principles,
    overall,
    band: capBand(uncappedBand, criticalGaps.length),
    uncappedBand,
    criticalGaps,
    unknownCount: bank.questions.filter((q) => answers[q.id] === 'unknown').length,
    actions: rankActions(bank, answers),
  };
}

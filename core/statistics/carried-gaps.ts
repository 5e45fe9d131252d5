/**
 * @module Question gaps of the previous bank version in the current one's tables. A tally keeps
 * the question id a result answered; an id the current bank does not have can only come from the
 * previous version, so its "no" and "don't know" counts go where `carryOver` takes those answers,
 * or drop out where the question now asks something else. Done before publication, so the
 * suppression rules see the tables as published.
 */
import { carriedAnswer, carryOver, type CarryOver } from '../bank/carry-over';
import type { Tally } from './tables';

const GAP_ANSWER = { 'answer-no': 'no', 'answer-unknown': 'unknown' } as const;
const MEASURE_OF = { no: 'answer-no', unknown: 'answer-unknown' } as const;

/** `tallies` with the gap rows of retired question ids moved to the current ids, summed per month. */
export function carryGapTallies(tallies: readonly Tally[], currentIds: readonly string[], mapping: CarryOver = carryOver): Tally[] {
  const current = new Set(currentIds);
  const sums = new Map<string, Tally>();
  const add = (row: Tally) => {
    const key = `${row.month}|${row.measure}|${row.category}`;
    const before = sums.get(key);
    sums.set(key, before ? { ...before, value: before.value + row.value } : row);
  };
  for (const row of tallies) {
    if (!(row.measure === 'answer-no' || row.measure === 'answer-unknown') || current.has(row.category)) {
      add(row);
      continue;
    }
    for (const step of mapping.questions[row.category] ?? []) {
      const answer = carriedAnswer(step, GAP_ANSWER[row.measure]);
      if ((answer === 'no' || answer === 'unknown') && current.has(step.to)) add({ ...row, measure: MEASURE_OF[answer], category: step.to });
    }
  }
  return [...sums.values()];
}

/**
 * The bank versions whose answers a question's gap counts may hold: the current one, and the
 * previous one where its "no" or "don't know" carries into this question.
 */
export function gapVersions(questionId: string, currentVersion: string, mapping: CarryOver = carryOver): readonly string[] {
  const fed = Object.values(mapping.questions).some((steps) =>
    steps.some((step) => step.to === questionId && (['no', 'unknown'] as const).some((a) => carriedAnswer(step, a) !== null)),
  );
  return fed ? [mapping.from, currentVersion] : [currentVersion];
}

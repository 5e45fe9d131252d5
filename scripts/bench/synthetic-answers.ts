/**
 * @module Seeded random answer sets for synthetic results: the benchmark's bulk load and the
 * regional spread of the coverage figures and the attacker test. No database types, so core tests
 * can use it too.
 */
import type { Answer, Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank';

/** A small seeded generator (mulberry32), so the answer pool is the same every run. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A company of some maturity answering the bank: the more mature, the more "yes". */
export function answerSet(random: () => number): Answers {
  const maturity = random();
  return Object.fromEntries(bankStructure.questions.map((q) => {
    const r = random();
    const answer: Answer = q.answers.includes('na') && r < 0.05 ? 'na'
      : r < 0.15 + 0.65 * maturity ? 'yes'
      : r < 0.35 + 0.65 * maturity ? 'partial'
      : r < 0.5 + 0.45 * maturity ? 'unknown'
      : 'no';
    return [q.id, answer];
  }));
}


import { describe, expect, it } from 'vitest';
import type { Answers } from '../../core/answers';
import type { BankStructure, QuestionStructure } from '../../core/bank/types';
import { bandFor, scoreAssessment } from '../../core/scoring';

/** A small bank made for the rules, so these tests don't move when the content is edited. */
const q = (id: string, principle: QuestionStructure['principle'], weight: 1 | 2 | 3, extra: Partial<QuestionStructure> = {}): QuestionStructure => ({
  id, principle, weight, critical: false, naAllowed: true, covers2018: [], ...extra,
});
const bank: BankStructure = {
  version: '2026.1',
  principles: ['map-risks', 'safe-behaviour', 'protect-systems', 'manage-access', 'prepare-incidents'],
  questions: [
    q('r1', 'map-risks', 3), q('r2', 'map-risks', 1),
    q('b1', 'safe-behaviour', 2), q('b2', 'safe-behaviour', 2),
    q('p1', 'protect-systems', 3, { critical: true, naAllowed: false }), q('p2', 'protect-systems', 1),
    q('a1', 'manage-access', 3, { critical: true, naAllowed: false }), q('a2', 'manage-access', 2),
    q('i1', 'prepare-incidents', 2, { critical: true, naAllowed: false }), q('i2', 'prepare-incidents', 2),
  ],
};
const allYes: Answers = Object.fromEntries(bank.questions.map((x) => [x.id, 'yes']));
const score = (changes: Answers) => scoreAssessment(bank, { ...allYes, ...changes });
const principle = (changes: Answers, id: string) => score(changes).principles.find((p) => p.id === id)?.score;

describe('answer values', () => {
  it('counts yes as 1, partly as 0.5, no and don\'t know as 0', () => {
    expect(principle({}, 'safe-behaviour')).toBe(100);
    expect(principle({ b1: 'partial' }, 'safe-behaviour')).toBe(75);
    expect(principle({ b1: 'no' }, 'safe-behaviour')).toBe(50);
    expect(principle({ b1: 'unknown' }, 'safe-behaviour')).toBe(50);
  });

  it('weighs each answer by its question weight', () => {
    expect(principle({ r2: 'no' }, 'map-risks')).toBe(75);
    expect(principle({ r1: 'no' }, 'map-risks')).toBe(25);
  });

  it('leaves "not applicable" out of the denominator', () => {
    expect(principle({ r1: 'na', r2: 'partial' }, 'map-risks')).toBe(50);
    expect(principle({ r2: 'na' }, 'map-risks')).toBe(100);
  });

  it('counts "don\'t know" answers separately', () => {
    expect(score({ b1: 'unknown', r2: 'unknown', b2: 'no' }).unknownCount).toBe(2);
  });
});

describe('principle and overall scores', () => {
  it('gives a principle whose questions are all "not applicable" no score and leaves it out of the overall', () => {
    const result = score({ r1: 'na', r2: 'na', b1: 'no', b2: 'no' });
    expect(result.principles.find((p) => p.id === 'map-risks')?.score).toBeNull();
    expect(result.overall).toBe(75); // (0 + 100 + 100 + 100) / 4
  });

  it('rounds a principle score half up', () => {
    // weights 3 and 1: partial on the weight-1 question gives 100 * 3.5 / 4 = 87.5
    expect(principle({ r2: 'partial' }, 'map-risks')).toBe(88);
  });

  it('rounds the overall score half up from the mean of the principle scores', () => {
    // map-risks all "not applicable": (50 + 100 + 100 + 100) / 4 = 87.5
    expect(score({ r1: 'na', r2: 'na', b1: 'no' }).overall).toBe(88);
    // (88 + 100 + 100 + 100 + 50) / 5 = 87.6: the mean of rounded principle scores
    expect(score({ r2: 'partial', i2: 'no' }).overall).toBe(88);
  });

  it('keeps a principle with one applicable question', () => {
    expect(principle({ r1: 'na', r2: 'yes' }, 'map-risks')).toBe(100);
  });
});

describe('bands', () => {
  it('is green from 80, orange from 50 to 79 and red below 50', () => {
    expect([bandFor(100), bandFor(80), bandFor(79), bandFor(50), bandFor(49), bandFor(0)]).toEqual([
      'green', 'green', 'orange', 'orange', 'red', 'red',
    ]);
  });

  it('caps a green result at orange when one critical question is answered "no"', () => {
    const result = score({ p1: 'no' });
    expect(result.uncappedBand).toBe('green');
    expect(result.band).toBe('orange');
    expect(result.criticalGaps).toEqual(['p1']);
  });

  it('treats a critical "don\'t know" like a critical "no"', () => {
    expect(score({ a1: 'unknown' }).band).toBe('orange');
  });

  it('makes the result red when two critical questions are gaps, even with an orange average', () => {
    const result = score({ p1: 'no', i1: 'unknown' });
    expect(result.uncappedBand).toBe('orange');
    expect(result.band).toBe('red');
  });

  it('does not cap on a critical "partly"', () => {
    expect(score({ p1: 'partial' }).band).toBe('green');
  });

  it('never raises a band: one critical gap leaves a red result red', () => {
    const result = score({ r1: 'no', r2: 'no', b1: 'no', b2: 'no', p2: 'no', a2: 'no', i2: 'no', p1: 'no' });
    expect(result.uncappedBand).toBe('red');
    expect(result.band).toBe('red');
  });
});

describe('actions', () => {
  it('lists only questions not answered yes or "not applicable"', () => {
    expect(score({ r2: 'na', b1: 'partial' }).actions).toEqual(['b1']);
  });

  it('puts critical gaps first, even a critical "partly" before a heavier ordinary "no"', () => {
    expect(score({ r1: 'no', i1: 'partial' }).actions).toEqual(['i1', 'r1']);
  });

  it('orders by weight times what is missing, then by bank order', () => {
    // r1: 3*0.5 = 1.5, b1: 2*1 = 2, b2: 2*1 = 2 (after b1 in the bank), r2: 1*1 = 1
    expect(score({ r1: 'partial', r2: 'no', b2: 'unknown', b1: 'no' }).actions).toEqual(['b1', 'b2', 'r1', 'r2']);
  });

  it('orders critical gaps among themselves by the same rule', () => {
    expect(score({ i1: 'no', a1: 'no', p1: 'partial' }).actions).toEqual(['a1', 'i1', 'p1']);
  });
});

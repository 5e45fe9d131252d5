import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../core/answers';
import type { BankStructure, QuestionStructure } from '../../core/bank/types';
import { bankStructure } from '../../core/bank';
import { bandFor, scoreAssessment } from '../../core/scoring';

/** A small bank made for the rules, so these tests don't move when the content is edited. */
const q = (id: string, principle: QuestionStructure['principle'], weight: 1 | 2 | 3, extra: Partial<QuestionStructure> = {}): QuestionStructure => ({
  id, principle, weight, critical: false, answers: ['yes', 'partial', 'no', 'unknown', 'na'], covers2018: [], ...extra,
});
const bank: BankStructure = {
  version: '2026.1',
  principles: ['map-risks', 'safe-behaviour', 'protect-systems', 'manage-access', 'prepare-incidents'],
  questions: [
    q('r1', 'map-risks', 3), q('r2', 'map-risks', 1),
    q('b1', 'safe-behaviour', 2), q('b2', 'safe-behaviour', 2),
    q('p1', 'protect-systems', 3, { critical: true, answers: ['yes', 'partial', 'no', 'unknown'] }), q('p2', 'protect-systems', 1),
    q('a1', 'manage-access', 3, { critical: true, answers: ['yes', 'partial', 'no', 'unknown'] }), q('a2', 'manage-access', 2),
    q('i1', 'prepare-incidents', 2, { critical: true, answers: ['yes', 'partial', 'no', 'unknown'] }), q('i2', 'prepare-incidents', 2),
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

describe('principle scores', () => {
  it('gives a principle whose questions are all "not applicable" no score', () => {
    expect(principle({ r1: 'na', r2: 'na' }, 'map-risks')).toBeNull();
  });

  it('rounds a principle score half up', () => {
    // weights 3 and 1: partial on the weight-1 question gives 100 * 3.5 / 4 = 87.5
    expect(principle({ r2: 'partial' }, 'map-risks')).toBe(88);
  });

  it('keeps a principle with one applicable question', () => {
    expect(principle({ r1: 'na', r2: 'yes' }, 'map-risks')).toBe(100);
  });

  it('lets a critical gap cost its weight in its principle, never below 0', () => {
    // manage-access: a1 (3, critical) partly, a2 (2) yes: 3.5 / 5 = 70; a1 "no": (-3 + 2) / 5 -> 0
    expect(principle({ a1: 'partial' }, 'manage-access')).toBe(70);
    expect(principle({ a1: 'no' }, 'manage-access')).toBe(0);
  });
});

describe('overall score', () => {
  // The bank above weighs 21 in all; every figure below is 100 * earned / 21, rounded half up.
  it('is the weighted mean over all questions, not the mean of the principle scores', () => {
    // 18 / 21 = 85.7; the mean of principle scores would be (25 + 100 * 4) / 5 = 85
    expect(score({ r1: 'no' }).overall).toBe(86);
  });

  it('counts a heavier question for more whatever principle holds it', () => {
    const lopsided: BankStructure = {
      ...bank,
      questions: [
        q('m', 'map-risks', 2),
        q('s1', 'safe-behaviour', 3), q('s2', 'safe-behaviour', 3), q('s3', 'safe-behaviour', 3),
        q('p', 'protect-systems', 1), q('a', 'manage-access', 1), q('i', 'prepare-incidents', 1),
      ],
    };
    const yes: Answers = Object.fromEntries(lopsided.questions.map((x) => [x.id, 'yes']));
    const weight3Missing = scoreAssessment(lopsided, { ...yes, s1: 'no' }).overall;
    const weight2Missing = scoreAssessment(lopsided, { ...yes, m: 'no' }).overall;
    expect([weight3Missing, weight2Missing]).toEqual([79, 86]); // 11/14 and 12/14
  });

  it('leaves "not applicable" and unanswered (hidden) questions out of the denominator', () => {
    // without r1 (3) and r2 (1): 17 possible; b1 "no" leaves 15: 88.2
    expect(score({ r1: 'na', r2: 'na', b1: 'no' }).overall).toBe(88);
    const hidden = Object.fromEntries(Object.entries({ ...allYes, b1: 'no' }).filter(([id]) => !id.startsWith('r')));
    expect(scoreAssessment(bank, hidden as Answers).overall).toBe(88);
  });

  it('rounds half up', () => {
    // r2 "not applicable" leaves 20; r1 partly loses 1.5: 18.5 / 20 = 92.5
    expect(score({ r2: 'na', r1: 'partial' }).overall).toBe(93);
  });

  it('is 0 when everything is "no", never negative', () => {
    const allNo: Answers = Object.fromEntries(bank.questions.map((x) => [x.id, 'no']));
    expect(scoreAssessment(bank, allNo).overall).toBe(0);
  });

  it('is 0 when nothing is applicable', () => {
    expect(scoreAssessment(bank, {}).overall).toBe(0);
  });
});

describe('critical gaps and bands', () => {
  it('is green from 80, orange from 50 to 79 and red below 50', () => {
    expect([bandFor(100), bandFor(80), bandFor(79), bandFor(50), bandFor(49), bandFor(0)]).toEqual([
      'green', 'green', 'orange', 'orange', 'red', 'red',
    ]);
  });

  it('lets a critical "no" cost its weight in the number itself', () => {
    // p1 (3) earns -3 instead of 0: 15 / 21 = 71.4, where a plain "no" would give 18 / 21 = 86
    const result = score({ p1: 'no' });
    expect(result.overall).toBe(71);
    expect(result.band).toBe('orange');
    expect(result.criticalGaps).toEqual(['p1']);
  });

  it('treats a critical "don\'t know" like a critical "no"', () => {
    expect(score({ a1: 'unknown' }).overall).toBe(score({ a1: 'no' }).overall);
  });

  it('holds the number below green with one critical gap', () => {
    // i1 (2) costs 2: 17 / 21 = 81, held at 79
    expect(score({ i1: 'no' })).toMatchObject({ overall: 79, band: 'orange' });
  });

  it('holds the number below orange with two critical gaps', () => {
    // p1 and i1: 11 / 21 = 52, held at 49
    expect(score({ p1: 'no', i1: 'unknown' })).toMatchObject({ overall: 49, band: 'red' });
  });

  it('does not count a critical "partly" as a gap', () => {
    expect(score({ p1: 'partial' })).toMatchObject({ overall: 93, band: 'green', criticalGaps: [] }); // 19.5 / 21
  });

  it('never shows a band other than the number\'s, and never lowers the number for a better answer', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 3000; run += 1) {
      const answers: Record<string, Answer> = {};
      for (const x of bank.questions) answers[x.id] = x.answers[Math.floor(next() * x.answers.length)]!;
      const result = scoreAssessment(bank, answers);
      expect(result.band).toBe(bandFor(result.overall));
      if (result.criticalGaps.length > 0) expect(result.band).not.toBe('green');
      if (result.criticalGaps.length > 1) expect(result.band).toBe('red');
      const improved = bank.questions.find((x) => answers[x.id] !== 'yes' && answers[x.id] !== 'na');
      if (improved) expect(scoreAssessment(bank, { ...answers, [improved.id]: 'yes' }).overall).toBeGreaterThanOrEqual(result.overall);
    }
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

describe('the real bank', () => {
  it('makes "yes" everywhere but a tested restore and an emergency list red in number and band', () => {
    const yes: Answers = Object.fromEntries(bankStructure.questions.map((x) => [x.id, 'yes']));
    const result = scoreAssessment(bankStructure, { ...yes, 'restore-tested': 'no', 'incident-contacts': 'no' });
    expect(result.band).toBe('red');
    expect(result.overall).toBeLessThan(50);
  });
});

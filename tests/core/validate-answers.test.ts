import { describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import { answerProblems } from '../../core/validate-answers';

const complete = Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'yes']));
const withNa = bankStructure.questions.find((q) => q.naAllowed)!;
const withoutNa = bankStructure.questions.find((q) => !q.naAllowed)!;

describe('a complete answer set', () => {
  it('has no problems when every question is answered once', () => {
    expect(answerProblems(bankStructure, complete)).toEqual([]);
  });

  it('accepts "not applicable" where the question allows it', () => {
    expect(answerProblems(bankStructure, { ...complete, [withNa.id]: 'na' })).toEqual([]);
  });

  it('rejects "not applicable" where the question does not allow it', () => {
    expect(answerProblems(bankStructure, { ...complete, [withoutNa.id]: 'na' })).toEqual([
      { path: withoutNa.id, message: '"na" is not allowed here' },
    ]);
  });

  it('names every missing question', () => {
    const { [withoutNa.id]: _, ...missingOne } = complete;
    expect(answerProblems(bankStructure, missingOne)).toEqual([{ path: withoutNa.id, message: 'not answered' }]);
  });

  it('rejects unknown questions and unknown answer values', () => {
    expect(answerProblems(bankStructure, { ...complete, extra: 'yes', [withNa.id]: 'maybe' })).toEqual([
      { path: 'extra', message: 'unknown question' },
      { path: withNa.id, message: 'not a valid answer' },
    ]);
  });
});

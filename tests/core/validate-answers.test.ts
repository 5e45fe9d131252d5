import { describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import type { BankStructure, QuestionStructure } from '../../core/bank/types';
import { isShown, visibleBank } from '../../core/bank/visibility';
import { answerProblems } from '../../core/validate-answers';

const complete = Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'yes']));
const withNa = bankStructure.questions.find((q) => q.answers.includes('na'))!;
const withoutNa = bankStructure.questions.find((q) => !q.answers.includes('na'))!;

describe('a complete answer set', () => {
  it('has no problems when every question is answered once', () => {
    expect(answerProblems(bankStructure, complete)).toEqual([]);
  });

  it('accepts "not applicable" where the question offers it', () => {
    expect(answerProblems(bankStructure, { ...complete, [withNa.id]: 'na' })).toEqual([]);
  });

  it('rejects "not applicable" where the question does not offer it', () => {
    expect(answerProblems(bankStructure, { ...complete, [withoutNa.id]: 'na' })).toEqual([
      { path: withoutNa.id, kind: 'not-offered' },
    ]);
  });

  it('names every missing question', () => {
    const { [withoutNa.id]: _, ...missingOne } = complete;
    expect(answerProblems(bankStructure, missingOne)).toEqual([{ path: withoutNa.id, kind: 'not-answered' }]);
  });

  it('rejects unknown questions and unknown answer values', () => {
    expect(answerProblems(bankStructure, { ...complete, extra: 'yes', [withNa.id]: 'maybe' })).toEqual([
      { path: 'extra', kind: 'unknown-question' },
      { path: withNa.id, kind: 'not-an-answer' },
    ]);
  });
});

/** A bank made for the rules: one question for everyone, one for staff, one for shops with a till. */
const q = (id: string, extra: Partial<QuestionStructure> = {}): QuestionStructure => ({
  id, principle: 'map-risks', weight: 1, critical: false, answers: ['yes', 'no', 'unknown'], covers2018: [], ...extra,
});
const bank: BankStructure = {
  version: '2027.1',
  principles: ['map-risks'],
  questions: [
    q('everyone', { answers: ['yes', 'partial', 'no', 'unknown'] }),
    q('staff', { showWhen: { sizes: ['2-9', '10-49'] } }),
    q('till', { showWhen: { sectors: ['retail', 'hospitality'], sizes: ['1', '2-9'] } }),
  ],
};
const ids = (profile: Parameters<typeof visibleBank>[1]) => visibleBank(bank, profile).questions.map((x) => x.id);

describe('questions that fit the company', () => {
  it('hides staff questions from a one-person firm', () => {
    expect(ids({ size: '1', sector: 'retail' })).toEqual(['everyone', 'till']);
  });

  it('shows a question only where every listed part of the profile fits', () => {
    expect(ids({ size: '2-9', sector: 'care' })).toEqual(['everyone', 'staff']);
    expect(ids({ size: '10-49', sector: 'retail' })).toEqual(['everyone', 'staff']);
  });

  it('shows every question when the visitor skipped the profile', () => {
    expect(ids({})).toEqual(['everyone', 'staff', 'till']);
    expect(isShown(bank.questions[2]!, { sector: 'hospitality' })).toBe(true);
  });

  it('asks for the shown questions only, and refuses an answer to a hidden one', () => {
    expect(answerProblems(bank, { everyone: 'partial' }, { size: '1', sector: 'care' })).toEqual([]);
    expect(answerProblems(bank, { everyone: 'yes', staff: 'no' }, { size: '1', sector: 'care' })).toEqual([
      { path: 'staff', kind: 'not-asked' },
    ]);
    expect(answerProblems(bank, { everyone: 'yes' }, { size: '2-9', sector: 'care' })).toEqual([
      { path: 'staff', kind: 'not-answered' },
    ]);
  });

  it('refuses "partly" where the question does not offer it', () => {
    expect(answerProblems(bank, { everyone: 'yes', staff: 'partial', till: 'yes' })).toEqual([
      { path: 'staff', kind: 'not-offered' },
    ]);
  });
});

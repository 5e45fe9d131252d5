import { describe, expect, it } from 'vitest';
import type { BankStructure, QuestionStructure } from '../../core/bank/types';
import { advance, freshProgress, type Progress } from '../../widget/state/progress';
import { restoreProgress } from '../../widget/state/saved-progress';
import { questionStep, resultStep } from '../../widget/state/steps';

/** Three questions, the middle one for companies with staff only. */
const q = (id: string, extra: Partial<QuestionStructure> = {}): QuestionStructure => ({
  id, principle: 'map-risks', weight: 1, critical: false, answers: ['yes', 'no', 'unknown'], covers2018: [], ...extra,
});
const bank: BankStructure = {
  version: '2027.1',
  principles: ['map-risks'],
  questions: [q('first'), q('staff', { showWhen: { sizes: ['2-9', '10-49', '50-249', '250+'] } }), q('last')],
};
const alone = (changes: Partial<Progress>): Progress => ({ ...freshProgress(bank), profile: { size: '1' }, ...changes });

describe('questions that fit the company, in the widget', () => {
  it('steps a one-person firm past the staff question to the result', () => {
    let progress = alone({ step: questionStep(0), answers: { first: 'yes' } });
    progress = advance(bank, progress, { type: 'next' });
    progress = advance(bank, { ...progress, answers: { ...progress.answers, last: 'no' } }, { type: 'next' });
    expect(progress.step).toBe(resultStep(2));
  });

  it('drops the answer to a staff question when the visitor changes the size to "just me"', () => {
    const before: Progress = { ...freshProgress(bank), profile: { size: '2-9' }, answers: { first: 'yes', staff: 'no' } };
    expect(advance(bank, before, { type: 'profile', profile: { size: '1' } }).answers).toEqual({ first: 'yes' });
  });

  it('resumes saved progress that skipped the staff question, and refuses one that answered it', () => {
    const saved = alone({ step: resultStep(2), answers: { first: 'yes', last: 'no' } });
    expect(restoreProgress(JSON.stringify(saved), bank)).toEqual(saved);
    expect(restoreProgress(JSON.stringify({ ...saved, answers: { ...saved.answers, staff: 'yes' } }), bank)).toBeNull();
  });
});

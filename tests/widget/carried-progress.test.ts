import { describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import previous from '../../core/bank/previous/2026.1.json';
import { advance } from '../../widget/state/progress';
import { restoreProgress } from '../../widget/state/saved-progress';
import { questionStep, resultStep } from '../../widget/state/steps';

const previousYes = Object.fromEntries(previous.questions.map((q) => [q.id, 'yes']));
const savedAt = (bankVersion: string, changes: object = {}) =>
  JSON.stringify({ bankVersion, step: resultStep(previous.questions.length), profile: { size: '2-9' }, answers: previousYes, submissionId: 'old', ...changes });

describe('progress saved against the 2026.1 question list', () => {
  it('opens with the answers that still count, at the first question still open, and says so', () => {
    const progress = restoreProgress(savedAt('2026.1'), bankStructure)!;
    const firstOpen = bankStructure.questions.findIndex((q) => progress.answers[q.id] === undefined);
    expect(bankStructure.questions[firstOpen]!.id).toBe('webshop-till-updates');
    expect(progress).toMatchObject({ bankVersion: bankStructure.version, step: questionStep(firstOpen), notice: 'carried', profile: { size: '2-9' } });
    expect(progress.answers['restore-tested']).toBe('yes');
    expect(progress.submissionId).toBeUndefined();
  });

  it('carries no answer to a question the profile hides', () => {
    const progress = restoreProgress(savedAt('2026.1', { profile: { size: '1' } }), bankStructure)!;
    expect(progress.answers['leavers-access']).toBeUndefined();
    expect(progress.answers['report-mistakes']).toBeUndefined();
  });

  it('drops the notice once the visitor moves on', () => {
    const progress = restoreProgress(savedAt('2026.1'), bankStructure)!;
    expect(advance(bankStructure, progress, { type: 'back' }).notice).toBeUndefined();
  });

  it('starts again, and says why, for any other earlier version', () => {
    expect(restoreProgress(savedAt('2019.1'), bankStructure)).toMatchObject({ step: 0, answers: {}, notice: 'expired' });
  });
});

/** A re-check as progress: it starts from the earlier answers, keeps them to compare, survives a reload and comes from a link. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bankStructure } from '../../core/bank';
import { recheckFragment } from '../../core/recheck';
import { packResult } from '../../core/result-link';
import { scoreAssessment } from '../../core/scoring';
import { sendAnonymousResult } from '../../widget/anonymous-result';
import { linkInPage, progressFor } from '../../widget/state/linked-progress';
import { advance, freshProgress, type Progress } from '../../widget/state/progress';
import { restoreProgress } from '../../widget/state/saved-progress';
import { PROFILE_STEP, resultStep } from '../../widget/state/steps';

const earlier = Object.fromEntries(bankStructure.questions.map((q, i) => [q.id, i % 3 === 0 ? 'no' : q.answers[0]!]));
const finished: Progress = { ...freshProgress(bankStructure), step: resultStep(bankStructure.questions.length), profile: { size: '2-9' }, answers: earlier, submissionId: 'first', referral: { reference: 'CS-7K4P-2QX9', network: { id: 'n', name: 'N' }, sentOn: '2026-09-01' } };

afterEach(() => {
  location.hash = '';
  vi.unstubAllGlobals();
});

describe('a re-check', () => {
  it('starts at the profile with the earlier answers and profile filled in, as a new result', () => {
    const again = advance(bankStructure, finished, { type: 'recheck', afterScan: false });
    expect(again).toMatchObject({ step: PROFILE_STEP, profile: { size: '2-9' }, answers: earlier, recheck: { previous: earlier, afterScan: false }, notice: 'recheck' });
    expect(again.submissionId).toBeUndefined();
    expect(again.referral).toBeUndefined();
  });

  it('keeps the earlier answers to compare while the visitor changes an answer', () => {
    const again = advance(bankStructure, advance(bankStructure, finished, { type: 'recheck', afterScan: false }), { type: 'answer', questionId: 'mfa-email', answer: 'yes' });
    expect(again.answers['mfa-email']).toBe('yes');
    expect(again.recheck?.previous).toEqual(earlier);
  });

  it('survives a reload, and saved progress with broken earlier answers is dropped', () => {
    const again = advance(bankStructure, finished, { type: 'recheck', afterScan: true });
    expect(restoreProgress(JSON.stringify(again), bankStructure)?.recheck).toEqual({ previous: earlier, afterScan: true });
    expect(restoreProgress(JSON.stringify({ ...again, recheck: { previous: { 'mfa-email': 'maybe' }, afterScan: false } }), bankStructure)).toBeNull();
    expect(restoreProgress(JSON.stringify({ ...again, recheck: { previous: earlier } }), bankStructure)).toBeNull();
  });

  it('starts from a link marked hercheck, after the scan when the network\'s invitation says so', () => {
    location.hash = recheckFragment(packResult(bankStructure, earlier), true);
    const progress = progressFor(bankStructure, linkInPage(bankStructure), null);
    expect(progress).toMatchObject({ step: PROFILE_STEP, answers: earlier, recheck: { previous: earlier, afterScan: true } });
  });

  it('opened from the same link again, goes on where the visitor was in that re-check', () => {
    location.hash = recheckFragment(packResult(bankStructure, earlier), false);
    const halfway = { ...advance(bankStructure, finished, { type: 'recheck', afterScan: false }), step: PROFILE_STEP + 4 };
    expect(progressFor(bankStructure, linkInPage(bankStructure), halfway)).toBe(halfway);
  });

  it('sends the earlier band, and nothing else of the earlier result, with the anonymous result', () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const again = advance(bankStructure, advance(bankStructure, finished, { type: 'recheck', afterScan: false }), { type: 'answer', questionId: 'mfa-email', answer: 'yes' });
    sendAnonymousResult({ api: 'https://api.test', partner: 'p', lang: 'nl' } as never, again);
    const body = JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.recheck).toEqual({ previousBand: scoreAssessment(bankStructure, earlier).band, afterScan: false });
    expect(JSON.stringify(body)).not.toContain('CS-7K4P-2QX9');
    expect(JSON.stringify(body)).not.toContain('first');
  });

  it('is not what a first check sends', () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    sendAnonymousResult({ api: 'https://api.test', partner: 'p', lang: 'nl' } as never, finished);
    expect(JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body))).not.toHaveProperty('recheck');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { everyAnswer, idempotencyKey, referralBody, registerPartners, resultBody } from './api-fixtures';
import { post } from './fetch';

beforeAll(registerPartners);

const STAFF_QUESTIONS = ['report-mistakes', 'leavers-access'];
const withoutStaffQuestions = () => Object.fromEntries(Object.entries(everyAnswer('yes')).filter(([id]) => !STAFF_QUESTIONS.includes(id)));
const issuesOf = async (res: Response) => ((await res.json()) as ErrorBody).error.issues;

describe('answers that fit the company profile', () => {
  it('stores the result of a one-person firm that was not asked the staff questions', async () => {
    const res = await post('/api/v1/results', resultBody({ answers: withoutStaffQuestions(), profile: { size: '1' } }));
    expect(res.status).toBe(201);
  });

  it('refuses an answer to a question the profile hides, naming the question', async () => {
    const res = await post('/api/v1/results', resultBody({ answers: everyAnswer('yes'), profile: { size: '1' } }));
    expect(res.status).toBe(400);
    expect(await issuesOf(res)).toEqual(
      STAFF_QUESTIONS.map((id) => ({ path: `answers.${id}`, message: 'not asked for this company profile' })),
    );
  });

  it('asks the staff questions of a company with staff, and of one that skipped its size', async () => {
    for (const profile of [{ size: '2-9' }, {}]) {
      const res = await post('/api/v1/results', resultBody({ answers: withoutStaffQuestions(), profile }));
      expect(res.status).toBe(400);
      expect((await issuesOf(res))?.map((i) => i.path)).toEqual(STAFF_QUESTIONS.map((id) => `answers.${id}`));
    }
  });

  it('reads a referral\'s size the same way, together with its other problems', async () => {
    const res = await post('/api/v1/referrals', referralBody({ size: '1', answers: everyAnswer('yes'), email: 'no-address' }), idempotencyKey());
    expect(res.status).toBe(400);
    expect((await issuesOf(res))?.map((i) => i.path)).toEqual(expect.arrayContaining(['email', 'answers.report-mistakes', 'answers.leavers-access']));
  });
});

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ReferralResponse, ResultResponse } from '../../core/contracts';
import { everyAnswer, idempotencyKey, OTHER_PARTNER, PARTNER, referralBody, registerPartners, resultBody } from './api-fixtures';
import { post } from './fetch';

beforeAll(registerPartners);

const referralCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM referrals').first<{ n: number }>())?.n ?? 0;
const resultCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM results').first<{ n: number }>())?.n ?? 0;

describe('the Idempotency-Key of POST /api/v1/referrals', () => {
  it('answers a repeat of the same request with the same referral, and stores one', async () => {
    const key = idempotencyKey();
    const first = await post('/api/v1/referrals', referralBody(), key);
    const before = await referralCount();
    const again = await post('/api/v1/referrals', referralBody(), key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(((await again.json()) as ReferralResponse).reference).toBe(((await first.json()) as ReferralResponse).reference);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await referralCount()).toBe(before);
  });

  it('refuses the same key with another body with 422 idempotency_key_reused, and stores nothing', async () => {
    const key = idempotencyKey();
    expect((await post('/api/v1/referrals', referralBody(), key)).status).toBe(201);
    const before = await referralCount();
    const other = await post('/api/v1/referrals', referralBody({ companyName: 'Slagerij Van Dam', message: 'Een andere aanvraag.' }), key);
    expect(other.status).toBe(422);
    expect(((await other.json()) as ErrorBody).error.code).toBe('idempotency_key_reused');
    expect(await referralCount()).toBe(before);
  });

  it("scopes a key to its partner: another partner's request with the same key makes its own referral", async () => {
    const key = idempotencyKey();
    const ours = await post('/api/v1/referrals', referralBody({ partner: PARTNER.id }), key);
    const theirs = await post('/api/v1/referrals', referralBody({ partner: OTHER_PARTNER.id }), key);
    expect([ours.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('Idempotent-Replayed')).toBeNull();
    expect(((await theirs.json()) as ReferralResponse).reference).not.toBe(((await ours.json()) as ReferralResponse).reference);
  });

  it('forgets a key after 24 hours: then it makes a new referral, whatever the body', async () => {
    const key = idempotencyKey();
    const first = (await (await post('/api/v1/referrals', referralBody(), key)).json()) as ReferralResponse;
    await env.DB.prepare('UPDATE referrals SET created_at = ?2 WHERE reference = ?1')
      .bind(first.reference, new Date(Date.now() - 25 * 3_600_000).toISOString())
      .run();
    const later = await post('/api/v1/referrals', referralBody({ message: 'Een dag later, iets anders.' }), key);
    expect(later.status).toBe(201);
    expect(later.headers.get('Idempotent-Replayed')).toBeNull();
    expect(((await later.json()) as ReferralResponse).reference).not.toBe(first.reference);
  });

  it('still remembers a key after 23 hours', async () => {
    const key = idempotencyKey();
    const first = (await (await post('/api/v1/referrals', referralBody(), key)).json()) as ReferralResponse;
    await env.DB.prepare('UPDATE referrals SET created_at = ?2 WHERE reference = ?1')
      .bind(first.reference, new Date(Date.now() - 23 * 3_600_000).toISOString())
      .run();
    expect((await post('/api/v1/referrals', referralBody({ message: 'Iets anders.' }), key)).status).toBe(422);
  });
});

describe('the submissionId of POST /api/v1/results', () => {
  it('refuses a replay with other answers with 422 submission_reused, and the stored result stays as it was', async () => {
    const body = resultBody({ answers: everyAnswer('partial') });
    const first = await post('/api/v1/results', body);
    expect(first.status).toBe(201);
    const before = await resultCount();
    const changed = await post('/api/v1/results', { ...body, answers: everyAnswer('yes') });
    expect(changed.status).toBe(422);
    expect(((await changed.json()) as ErrorBody).error.code).toBe('submission_reused');
    expect(await resultCount()).toBe(before);
  });

  it('answers a replay of the same request with the score that was stored', async () => {
    const body = resultBody({ answers: everyAnswer('partial') });
    const first = (await (await post('/api/v1/results', body)).json()) as ResultResponse;
    const again = await post('/api/v1/results', body);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
  });
});

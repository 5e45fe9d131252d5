import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bankStructure } from '../../core/bank';
import { visibleBank } from '../../core/bank/visibility';
import type { ErrorBody, ReferralResponse } from '../../core/contracts';
import { scoreAssessment } from '../../core/scoring';
import { getReferral } from '../../worker/data';
import { app } from '../../worker/app';
import { everyAnswer, idempotencyKey, recordingQueue, referralBody, referralBody as partnerBody, registerPartners } from './api-fixtures';
import { post, postRequest } from './fetch';

beforeAll(registerPartners);
afterEach(() => vi.restoreAllMocks());

const referralRow = (reference: string) =>
  env.DB.prepare('SELECT * FROM referrals WHERE reference = ?1').bind(reference).first<Record<string, unknown>>();

const countReferrals = async () => (await env.DB.prepare('SELECT count(*) AS n FROM referrals').first<{ n: number }>())?.n ?? 0;

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

describe('POST /api/v1/referrals', () => {
  it('stores the referral and answers 201 with its reference and network', async () => {
    const res = await post('/api/v1/referrals', referralBody(), idempotencyKey());
    expect(res.status).toBe(201);
    const body = (await res.json()) as ReferralResponse;
    expect(body).toEqual({ reference: expect.stringMatching(/^CS-\w{4}-\w{4}$/), network: { id: 'cyberwerf', name: 'Cyberwerf' } });
    expect(await referralRow(body.reference)).toMatchObject({
      partner_id: 'lindewaard', network_id: 'cyberwerf', postcode: 2511, company_name: 'Bakkerij De Korenschoof',
      email: 'sanne@example.nl', phone: '06-12345678', sector: 'retail', size: '2-9', message: 'Graag na 16 uur bellen.',
    });
  });

  it('makes one referral per Idempotency-Key: a repeat gets the same reference, 201 again', async () => {
    const key = idempotencyKey();
    const before = await countReferrals();
    const first = await post('/api/v1/referrals', referralBody(), key);
    const again = await post('/api/v1/referrals', referralBody(), key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await countReferrals()).toBe(before + 1);
  });

  it.each([
    ['missing', {}],
    ['too short', { 'Idempotency-Key': 'abc' }],
    ['with other characters', { 'Idempotency-Key': 'key with spaces!' }],
  ])('refuses a request whose Idempotency-Key is %s with 400', async (_, headers) => {
    const res = await post('/api/v1/referrals', referralBody(), headers);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_header');
    expect(error.issues?.[0]?.path).toBe('Idempotency-Key');
  });

  it('pretends to accept a filled-in honeypot but stores and queues nothing', async () => {
    const { sent, queue } = recordingQueue();
    const before = await countReferrals();
    const res = await app.fetch(
      postRequest('/api/v1/referrals', referralBody({ website: 'https://spam.example' }), idempotencyKey()),
      { ...env, REFERRAL_QUEUE: queue },
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as ReferralResponse;
    expect(body.reference).toMatch(/^CS-\w{4}-\w{4}$/);
    expect(body.network.id).toBe('cyberwerf');
    expect(await referralRow(body.reference)).toBeNull();
    expect(await countReferrals()).toBe(before);
    expect(sent).toEqual([]);
  });

  it('hands the stored referral to the queue by id only, and marks it queued', async () => {
    const { sent, queue } = recordingQueue();
    const res = await app.fetch(postRequest('/api/v1/referrals', referralBody(), idempotencyKey()), { ...env, REFERRAL_QUEUE: queue });
    const row = await referralRow(((await res.json()) as ReferralResponse).reference);
    // The referral for the network, then the entrepreneur's confirmation (confirmation-mail.test.ts).
    expect(sent).toEqual([{ referralId: row?.id }, { confirmReferralId: row?.id }]);
    expect(row?.delivery_status).toBe('queued');
  });

  it('still answers 201 when the queue refuses: the referral stays pending for the sweep', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { queue: failing } = recordingQueue(true);
    const res = await app.fetch(postRequest('/api/v1/referrals', referralBody(), idempotencyKey()), { ...env, REFERRAL_QUEUE: failing });
    expect(res.status).toBe(201);
    const row = await referralRow(((await res.json()) as ReferralResponse).reference);
    expect(row?.delivery_status).toBe('pending');
  });

  it('scores the answers itself and keeps them only when the entrepreneur shares them', async () => {
    const answers = { ...everyAnswer('yes'), 'mfa-email': 'no' as const };
    const { overall, band } = scoreAssessment(bankStructure, answers);
    const kept = await post('/api/v1/referrals', referralBody({ answers, shareAnswers: true }), idempotencyKey());
    const keptRow = await referralRow(((await kept.json()) as ReferralResponse).reference);
    expect(keptRow).toMatchObject({ overall, band, share_answers: 1 });
    expect(JSON.parse(keptRow?.answers as string)).toEqual(answers);

    const notShared = await post('/api/v1/referrals', referralBody({ answers, shareAnswers: false }), idempotencyKey());
    const bareRow = await referralRow(((await notShared.json()) as ReferralResponse).reference);
    expect(bareRow).toMatchObject({ overall, band, share_answers: 0, answers: null });
  });

  it('accepts a referral without sector, size, phone or message', async () => {
    const res = await post(
      '/api/v1/referrals',
      referralBody({ sector: undefined, size: undefined, phone: '', message: '' }),
      idempotencyKey(),
    );
    expect(res.status).toBe(201);
    const row = await referralRow(((await res.json()) as ReferralResponse).reference);
    expect(row).toMatchObject({ sector: null, size: null, phone: null, message: null });
  });

  it('routes by postcode and sector, or takes the network named by a network\'s own site', async () => {
    // A horticulture firm is not asked the webshop-or-till question, so its answers leave it out.
    const shown = visibleBank(bankStructure, { sector: 'agriculture', size: '2-9' }).questions.map((q) => q.id);
    const answers = Object.fromEntries(Object.entries(everyAnswer('no')).filter(([id]) => shown.includes(id)));
    const bySector = await post('/api/v1/referrals', referralBody({ sector: 'agriculture', answers }), idempotencyKey());
    expect(((await bySector.json()) as ReferralResponse).network.id).toBe('cyberweerbaarheidscentrum-greenport-west-holland');
    const named = await post('/api/v1/referrals', referralBody({ network: 'cyberchef-flevoland' }), idempotencyKey());
    const body = (await named.json()) as ReferralResponse;
    expect(body.network).toEqual({ id: 'cyberchef-flevoland', name: 'Cyberchef Flevoland' });
    expect((await referralRow(body.reference))?.postcode).toBe(2511);
  });

  it('answers an unknown network with 400 on `network`', async () => {
    const res = await post('/api/v1/referrals', referralBody({ network: 'nowhere' }), idempotencyKey());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues).toEqual([{ path: 'network', message: 'Unknown network.' }]);
  });

  it('explains each invalid field in plain words', async () => {
    const res = await post(
      '/api/v1/referrals',
      referralBody({
        email: 'sanne@', phone: 'bel me', postcode: '0511', companyName: ' ', contactName: 'x'.repeat(81),
        message: 'x'.repeat(1001), answers: { 'mfa-email': 'yes' },
      }),
      idempotencyKey(),
    );
    expect(res.status).toBe(400);
    const messages = Object.fromEntries(((await errorOf(res)).issues ?? []).map((issue) => [issue.path, issue.message]));
    expect(messages).toMatchObject({
      email: expect.stringContaining('valid e-mail address'),
      phone: expect.stringContaining('8 to 20 characters'),
      postcode: expect.stringContaining('does not start with 0'),
      companyName: 'Company name is required.',
      contactName: 'Contact name is at most 80 characters.',
      message: 'The message is at most 1000 characters.',
      'answers.vital-systems': 'not answered',
    });
  });

  it('requires the answers even when they are not shared: the score is computed from them', async () => {
    const { answers: _, ...body } = referralBody();
    const res = await post('/api/v1/referrals', body, idempotencyKey());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.map((issue) => issue.path)).toEqual(['answers']);
  });

  it('stores the referral before answering, so it can be read back by id', async () => {
    const res = await post('/api/v1/referrals', referralBody(), idempotencyKey());
    const row = await referralRow(((await res.json()) as ReferralResponse).reference);
    expect(await getReferral(env.DB, row?.id as string)).toMatchObject({ companyName: 'Bakkerij De Korenschoof', status: 'new' });
  });
});

describe('the Turnstile check, for a partner that asked for it', () => {
  const withTurnstile = { ...env, TURNSTILE_SECRET: 'turnstile-test-secret' };
  const send = (body: unknown) => app.fetch(postRequest('/api/v1/referrals', body, idempotencyKey()), withTurnstile);
  const referralBody = (overrides: Parameters<typeof partnerBody>[0] = {}) => partnerBody({ partner: 'met-botcheck', ...overrides });
  beforeAll(async () => {
    await env.DB.prepare("INSERT INTO partners (id, name, turnstile) VALUES ('met-botcheck', 'Met bot-check', 1)").run();
  });

  it('lets the partners that did not ask for it through without a token', async () => {
    const res = await app.fetch(postRequest('/api/v1/referrals', partnerBody(), idempotencyKey()), withTurnstile);
    expect(res.status).toBe(201);
  });

  it('lets a referral with an accepted token through, asking Cloudflare with the secret', async () => {
    const siteverify = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ success: true }));
    const res = await send(referralBody({ turnstileToken: 'good-token' }));
    expect(res.status).toBe(201);
    const [url, init] = siteverify.mock.calls[0]!;
    expect(String(url)).toBe('https://challenges.cloudflare.com/turnstile/v0/siteverify');
    const form = init?.body as URLSearchParams;
    expect([form.get('secret'), form.get('response'), form.has('remoteip')]).toEqual(['turnstile-test-secret', 'good-token', false]);
  });

  it('gives a retry its referral although the token was spent the first time', async () => {
    const siteverify = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(Response.json({ success: true }));
    siteverify.mockResolvedValue(Response.json({ success: false, 'error-codes': ['timeout-or-duplicate'] }));
    const key = idempotencyKey();
    const body = referralBody({ turnstileToken: 'used-once' });
    const first = await app.fetch(postRequest('/api/v1/referrals', body, key), withTurnstile);
    const retry = await app.fetch(postRequest('/api/v1/referrals', body, key), withTurnstile);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(await retry.json()).toEqual(await first.json());
  });

  it.each([
    ['no token', undefined, () => Response.json({ success: true })],
    ['a refused token', 'bad-token', () => Response.json({ success: false })],
    ['Cloudflare unreachable', 'any-token', () => Promise.reject(new TypeError('network down'))],
  ])('refuses %s with 403 turnstile_failed and stores nothing', async (_, token, answer) => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer());
    const before = await countReferrals();
    const res = await send(referralBody({ turnstileToken: token }));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('turnstile_failed');
    expect(await countReferrals()).toBe(before);
  });
});

import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import worker from '../../worker/index';
import { markDelivered } from '../../worker/data';
import { referralMailText } from '../../worker/delivery/mail-text';
import { referralPayload } from '../../worker/delivery/payload';
import { WITHDRAWAL_RECEIVED } from '../../worker/schemas/withdrawal';
import { PARTNER, registerPartners } from './api-fixtures';
import { NETWORK_A, getWith, issueToken, patchWith, referralFor, referralRow } from './access-fixtures';
import { ORIGIN, get, post, someClientAddress } from './fetch';

beforeAll(registerPartners);

const withdraw = (body: unknown, headers?: Record<string, string>) => post('/api/v1/referrals/withdraw', body, headers);

/** The form at /withdraw, sent as a browser sends it. */
const submitForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  get('/withdraw', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'CF-Connecting-IP': someClientAddress(), ...headers },
    body: new URLSearchParams(fields).toString(),
  });

const PERSONAL = { postcode: null, company_name: null, contact_name: null, email: null, phone: null, message: null, answers: null, note: null };

describe('POST /api/v1/referrals/withdraw', () => {
  it('erases a referral at once when reference and e-mail match, and marks it withdrawn', async () => {
    const referral = await referralFor(NETWORK_A, { sharedAnswers: { 'mfa-email': 'no' }, message: 'Bel me' });
    const res = await withdraw({ reference: referral.reference, email: 'sanne@example.nl' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual(WITHDRAWAL_RECEIVED);
    expect(await referralRow(referral.reference)).toMatchObject({
      ...PERSONAL, status: 'withdrawn', withdrawn_at: expect.any(String), closed_at: expect.any(String),
      erased_at: expect.any(String), delivery_status: 'cancelled', network_id: NETWORK_A, band: 'red',
    });
  });

  it('shows the withdrawal to the network in its console', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const referral = await referralFor(NETWORK_A);
    await patchWith(token, `/api/v1/console/referrals/${referral.reference}`, { status: 'contacted' });
    await withdraw({ reference: referral.reference, email: 'sanne@example.nl' });
    const { referrals } = (await (await getWith(token, '/api/v1/console/referrals?status=withdrawn')).json()) as {
      referrals: { reference: string; withdrawnAt: string | null; companyName: string | null }[];
    };
    expect(referrals).toContainEqual(expect.objectContaining({ reference: referral.reference, withdrawnAt: expect.any(String), companyName: null }));
    const detail = (await (await getWith(token, `/api/v1/console/referrals/${referral.reference}`)).json()) as {
      referral: { history: { from: string; to: string; by: string }[] };
    };
    expect(detail.referral.history.at(-1)).toMatchObject({ from: 'contacted', to: 'withdrawn', by: 'entrepreneur' });
  });

  it('forgives letter case and spaces in reference and e-mail address', async () => {
    const referral = await referralFor(NETWORK_A);
    await withdraw({ reference: ` ${referral.reference.toLowerCase()} `, email: ' Sanne@Example.NL ' });
    expect((await referralRow(referral.reference))?.erased_at).not.toBeNull();
  });

  it('answers exactly the same when the e-mail address does not match, and changes nothing', async () => {
    const referral = await referralFor(NETWORK_A);
    const res = await withdraw({ reference: referral.reference, email: 'someone-else@example.nl' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual(WITHDRAWAL_RECEIVED);
    expect(await referralRow(referral.reference)).toMatchObject({ email: 'sanne@example.nl', status: 'new', erased_at: null });
  });

  it('answers the same for a reference that does not exist', async () => {
    const res = await withdraw({ reference: 'CS-2222-2222', email: 'sanne@example.nl' });
    expect([res.status, await res.json()]).toEqual([202, WITHDRAWAL_RECEIVED]);
  });

  it('keeps the status of a referral already closed, but erases it and notes the withdrawal', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const referral = await referralFor(NETWORK_A);
    await patchWith(token, `/api/v1/console/referrals/${referral.reference}`, { status: 'declined' });
    await withdraw({ reference: referral.reference, email: 'sanne@example.nl' });
    expect(await referralRow(referral.reference)).toMatchObject({ ...PERSONAL, status: 'declined', withdrawn_at: expect.any(String) });
  });

  it('keeps a delivered referral delivered: the network got it, and the console says so', async () => {
    const referral = await referralFor(NETWORK_A);
    await markDelivered(env.DB, referral.id);
    await withdraw({ reference: referral.reference, email: 'sanne@example.nl' });
    expect((await referralRow(referral.reference))?.delivery_status).toBe('delivered');
  });

  it('never delivers a referral withdrawn while it waited in the queue', async () => {
    const referral = await referralFor(NETWORK_A);
    await withdraw({ reference: referral.reference, email: 'sanne@example.nl' });
    const batch = createMessageBatch('cyberscan-referrals', [{ id: 'm1', timestamp: new Date(), attempts: 1, body: { referralId: referral.id } }]);
    await worker.queue(batch, env);
    expect(await getQueueResult(batch, createExecutionContext())).toMatchObject({ explicitAcks: ['m1'], retryMessages: [] });
    const attempts = await env.DB.prepare('SELECT count(*) AS n FROM delivery_attempts WHERE referral_id = ?1').bind(referral.id).first<{ n: number }>();
    expect(attempts?.n).toBe(0);
  });

  it.each([
    ['no e-mail address', { reference: 'CS-2222-2222' }],
    ['a malformed reference', { reference: 'CS-1234', email: 'sanne@example.nl' }],
    ['an unknown field', { reference: 'CS-2222-2222', email: 'sanne@example.nl', partner: 'x' }],
  ])('answers 400 invalid_body for %s', async (_, body) => {
    const res = await withdraw(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_body');
  });

  it('accepts a registered partner site, with CORS, and refuses others with 403', async () => {
    const body = { reference: 'CS-2222-2222', email: 'sanne@example.nl' };
    const partner = await withdraw(body, { Origin: PARTNER.origin });
    expect(partner.status).toBe(202);
    expect(partner.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER.origin);
    const stranger = await withdraw(body, { Origin: 'https://evil.example' });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await get('/api/v1/referrals/withdraw', {
      method: 'OPTIONS',
      headers: { Origin: PARTNER.origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
  });

  it('is rate-limited like referrals: the sixth try in a minute from one address is 429', async () => {
    const address = { 'CF-Connecting-IP': someClientAddress() };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await withdraw({ reference: 'CS-2222-2222', email: `x${i}@example.nl` }, address)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });
});

describe('the withdrawal page at /withdraw', () => {
  it('shows a plain form under the strict CSP, the reference filled in from the link', async () => {
    const res = await get('/withdraw?reference=CS-7K4P-2QX9');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
    const page = await res.text();
    expect(page).toContain('<form method="post" action="/withdraw"');
    expect(page).toContain('value="CS-7K4P-2QX9"');
    expect(page).not.toMatch(/<script|<style|style=/);
  });

  it('does not put anything but a reference from the link into the page', async () => {
    const page = await (await get('/withdraw?reference=%22%3E%3Cscript%3Ealert(1)%3C/script%3E')).text();
    expect(page).not.toContain('alert(1)');
  });

  it('speaks English with ?lang=en', async () => {
    expect(await (await get('/withdraw?lang=en')).text()).toContain('Withdraw a request for a cyber scan');
  });

  it('serves its stylesheet', async () => {
    const res = await get('/withdraw.css');
    expect(res.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('withdraws on submit and answers the same neutral page whether or not it matched', async () => {
    const referral = await referralFor(NETWORK_A);
    const matched = await submitForm({ reference: referral.reference, email: 'sanne@example.nl', lang: 'nl' });
    const unmatched = await submitForm({ reference: 'CS-2222-2222', email: 'sanne@example.nl', lang: 'nl' });
    expect([matched.status, unmatched.status]).toEqual([200, 200]);
    expect(await matched.text()).toBe(await unmatched.text());
    expect((await referralRow(referral.reference))?.erased_at).not.toBeNull();
  });

  it('shows the form again with the wrong fields marked', async () => {
    const res = await submitForm({ reference: 'CS-1', email: 'not-an-address', lang: 'en' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('aria-invalid="true" aria-describedby="reference-error"');
    expect(page).toContain('aria-invalid="true" aria-describedby="email-error"');
    expect(page).toContain('value="not-an-address"');
    expect(page).toContain('lang="en"');
  });

  it('refuses the form from another site', async () => {
    const res = await submitForm({ reference: 'CS-2222-2222', email: 'sanne@example.nl' }, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });
});

describe('the withdrawal link sent to the network', () => {
  it('is in the webhook payload and the e-mail when PUBLIC_ORIGIN is set', async () => {
    const referral = await referralFor(NETWORK_A);
    const payload = referralPayload(referral, 'Cyberwerf', 'https://cyberscan.example.nl');
    const url = `https://cyberscan.example.nl/withdraw?reference=${referral.reference}`;
    expect(payload.withdrawalUrl).toBe(url);
    expect(payload.withdrawal).toContain(url);
    expect(referralMailText(payload)).toContain(url);
    expect(referralPayload(referral, 'Cyberwerf')).not.toHaveProperty('withdrawalUrl');
  });

  it('points to a page that exists', async () => {
    expect((await exports.default.fetch(new Request(`${ORIGIN}/withdraw?reference=CS-2222-2222`))).status).toBe(200);
  });
});

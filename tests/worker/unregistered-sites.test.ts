import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorBody, ProtectionResponse, ReferralResponse } from '../../core/contracts';
import { app } from '../../worker/app';
import { getReferral, listUnregisteredSites } from '../../worker/data';
import { referralPayload } from '../../worker/delivery/payload';
import { TURNSTILE_TEST_KEYS } from '../../core/turnstile-test-keys';
import { idempotencyKey, OTHER_PARTNER, PARTNER, referralBody, registerPartners, resultBody } from './api-fixtures';
import { ORIGIN, post, postRequest } from './fetch';

beforeAll(registerPartners);
afterEach(() => vi.restoreAllMocks());

const SITE = 'https://www.bakkersvereniging.example';
const today = () => new Date().toISOString().slice(0, 10);
const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;
const siteRow = async (host: string) => (await listUnregisteredSites(env.DB)).find((site) => site.host === host);

/** The worker with Turnstile on, verified by the local stand-in (reached in-process: no network here). */
function withStandIn(secret: string) {
  const configured = {
    ...env, DEV_TURNSTILE: 'on', TURNSTILE_SITE_KEY: TURNSTILE_TEST_KEYS.passSiteKey, TURNSTILE_SECRET: secret,
    TURNSTILE_SCRIPT_URL: `${ORIGIN}/dev/turnstile/api.js`, TURNSTILE_VERIFY_URL: `${ORIGIN}/dev/turnstile/siteverify`,
  };
  const siteverify = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => app.fetch(new Request(input, init), configured));
  return { configured, siteverify };
}

describe('a result from a site that is not registered', () => {
  it('is stored under "niet-geregistreerde sites", with its region, and the site is counted by host name', async () => {
    const res = await post('/api/v1/results', resultBody({ profile: { sector: 'retail', size: '2-9', postcode: '3511' } }), { Origin: SITE });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    const row = await env.DB.prepare("SELECT * FROM results WHERE partner_id = 'niet-geregistreerd'").first<Record<string, unknown>>();
    expect(row).toMatchObject({ network_id: 'cybernetwerk-utrecht', province: 'utrecht' });
    // The host name is counted apart, never on the anonymous result.
    expect(JSON.stringify(row)).not.toContain('bakkersvereniging');
    expect(await siteRow('www.bakkersvereniging.example')).toEqual({ host: 'www.bakkersvereniging.example', results: 1, referrals: 0, lastDay: today() });
    const name = await env.DB.prepare("SELECT name FROM partners WHERE id = 'niet-geregistreerd'").first<{ name: string }>();
    expect(name?.name).toBe('niet-geregistreerde sites');
  });

  it('counts a site registered for another partner as unregistered for this one', async () => {
    const res = await post('/api/v1/results', resultBody({ partner: PARTNER.id }), { Origin: OTHER_PARTNER.origin });
    expect(res.status).toBe(201);
    expect((await siteRow('oost.example'))?.results).toBe(1);
  });

  it('counts a repeated submission once', async () => {
    const body = resultBody();
    await post('/api/v1/results', body, { Origin: 'https://twice.example' });
    await post('/api/v1/results', body, { Origin: 'https://twice.example' });
    expect((await siteRow('twice.example'))?.results).toBe(1);
  });

  it.each([['a sandboxed frame', 'null'], ['a file', 'file://']])('refuses %s: no site to name', async (_, origin) => {
    const res = await post('/api/v1/results', resultBody(), { Origin: origin });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('origin_not_allowed');
  });

  it('is held to the stricter limit: 10 a minute per client, where a registered site may send 30', async () => {
    const client = { 'CF-Connecting-IP': '2001:db8::77' };
    const unregistered: number[] = [];
    for (let i = 0; i < 11; i += 1) unregistered.push((await post('/api/v1/results', resultBody(), { Origin: 'https://busy.example', ...client })).status);
    expect(unregistered.filter((status) => status === 201)).toHaveLength(10);
    expect(unregistered[10]).toBe(429);
    const registered = { 'CF-Connecting-IP': '2001:db8::78' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await post('/api/v1/results', resultBody(), { Origin: PARTNER.origin, ...registered })).status);
    expect(statuses.every((status) => status === 201)).toBe(true);
  });
});

describe('a referral from a site that is not registered', () => {
  const send = (e: Env, body = referralBody()) => app.fetch(postRequest('/api/v1/referrals', body, { Origin: SITE, ...idempotencyKey() }), e);

  it('is accepted with a token the Turnstile check passes, marked with the site, and counted', async () => {
    const { configured, siteverify } = withStandIn(TURNSTILE_TEST_KEYS.passSecret);
    const res = await send(configured, referralBody({ turnstileToken: 'standin-token' }));
    expect(res.status).toBe(201);
    expect(siteverify).toHaveBeenCalledOnce();
    const { reference } = (await res.json()) as ReferralResponse;
    const row = await env.DB.prepare('SELECT id, partner_id, source_host FROM referrals WHERE reference = ?1').bind(reference).first<Record<string, string>>();
    expect(row).toMatchObject({ partner_id: 'niet-geregistreerd', source_host: 'www.bakkersvereniging.example' });
    const payload = referralPayload((await getReferral(env.DB, row!.id!))!, 'Cyberwerf');
    expect(payload.partner).toEqual({ id: 'niet-geregistreerd', unregisteredSite: 'www.bakkersvereniging.example' });
    expect((await siteRow('www.bakkersvereniging.example'))?.referrals).toBe(1);
  });

  it.each([
    ['the always-fail secret', TURNSTILE_TEST_KEYS.failSecret, 'any-token'],
    ['a spent token', TURNSTILE_TEST_KEYS.spentSecret, 'any-token'],
    ['no token', TURNSTILE_TEST_KEYS.passSecret, undefined],
  ])('is refused with 403 turnstile_failed under %s, and nothing is stored', async (_, secret, token) => {
    const { configured } = withStandIn(secret);
    const before = await env.DB.prepare('SELECT count(*) AS n FROM referrals').first<{ n: number }>();
    const res = await send(configured, referralBody({ turnstileToken: token }));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('turnstile_failed');
    expect(await env.DB.prepare('SELECT count(*) AS n FROM referrals').first<{ n: number }>()).toEqual(before);
  });

  it('is refused when the deployment has no Turnstile configured: the check fails closed', async () => {
    const res = await send(env, referralBody({ turnstileToken: 'anything' }));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('turnstile_failed');
  });
});

describe('GET /api/v1/protection', () => {
  const ask = (e: Env, partner: string, origin?: string) =>
    app.fetch(new Request(`${ORIGIN}/api/v1/protection?partner=${partner}`, { headers: origin ? { Origin: origin } : {} }), e);

  it('tells an unregistered page to render Turnstile, with the configured script', async () => {
    const { configured } = withStandIn(TURNSTILE_TEST_KEYS.passSecret);
    const body = (await (await ask(configured, PARTNER.id, SITE)).json()) as ProtectionResponse;
    expect(body).toEqual({ botCheck: 'turnstile', siteKey: TURNSTILE_TEST_KEYS.passSiteKey, scriptUrl: `${ORIGIN}/dev/turnstile/api.js` });
  });

  it('needs no check on a registered site, nor on this worker\'s own pages', async () => {
    const { configured } = withStandIn(TURNSTILE_TEST_KEYS.passSecret);
    expect(await (await ask(configured, PARTNER.id, PARTNER.origin)).json()).toEqual({ botCheck: 'none' });
    expect(await (await ask(configured, PARTNER.id)).json()).toEqual({ botCheck: 'none' });
  });

  it('says "unavailable" to an unregistered page when no Turnstile is configured', async () => {
    expect(await (await ask(env, PARTNER.id, SITE)).json()).toEqual({ botCheck: 'unavailable' });
  });
});

describe('the local Turnstile stand-in', () => {
  it('is not served without DEV_TURNSTILE', async () => {
    expect((await app.fetch(new Request(`${ORIGIN}/dev/turnstile/api.js`), env)).status).toBe(404);
  });

  it('answers siteverify like Cloudflare, to a form or JSON', async () => {
    const { configured } = withStandIn(TURNSTILE_TEST_KEYS.passSecret);
    const form = await app.fetch(new Request(`${ORIGIN}/dev/turnstile/siteverify`, {
      method: 'POST', body: new URLSearchParams({ secret: TURNSTILE_TEST_KEYS.failSecret, response: 'x' }),
    }), configured);
    expect(await form.json()).toEqual({ success: false, 'error-codes': ['invalid-input-response'] });
    const json = await app.fetch(new Request(`${ORIGIN}/dev/turnstile/siteverify`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ secret: TURNSTILE_TEST_KEYS.passSecret, response: 'x' }),
    }), configured);
    expect(await json.json()).toMatchObject({ success: true, 'error-codes': [] });
  });
});

describe('the iframe embed for a site that is not registered', () => {
  /** What the widget inside /frame sends: this worker's own origin, the frame's URL as Referer. */
  const fromFrame = (site: string | null) => ({
    Origin: ORIGIN,
    Referer: `${ORIGIN}/frame?partner=niet-geregistreerd&lang=nl${site === null ? '' : `&site=${site}`}`,
  });

  it('counts its results as unregistered, for the framing site, although they come from this worker\'s own origin', async () => {
    const res = await post('/api/v1/results', resultBody({ partner: 'niet-geregistreerd' }), fromFrame('www.omlijst.example'));
    expect(res.status).toBe(201);
    expect((await siteRow('www.omlijst.example'))?.results).toBe(1);
  });

  it('needs the bot check for a request, as any unregistered site does', async () => {
    const res = await post('/api/v1/referrals', referralBody({ partner: 'niet-geregistreerd' }), { ...fromFrame('www.omlijst.example'), ...idempotencyKey() });
    expect([res.status, (await errorOf(res)).code]).toEqual([403, 'turnstile_failed']);
    const { configured } = withStandIn(TURNSTILE_TEST_KEYS.passSecret);
    const protection = (await (await app.fetch(new Request(`${ORIGIN}/api/v1/protection?partner=niet-geregistreerd`), configured)).json()) as ProtectionResponse;
    expect(protection.botCheck).toBe('turnstile');
  });

  it('names an unknown site when the host page sent no Referer', async () => {
    await post('/api/v1/results', resultBody({ partner: 'niet-geregistreerd' }), fromFrame(null));
    expect((await siteRow('onbekende site (iframe)'))?.results).toBe(1);
  });
});

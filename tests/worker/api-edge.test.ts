import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { idempotencyKey, OTHER_PARTNER, PARTNER, referralBody, registerPartners, resultBody } from './api-fixtures';
import { get, ORIGIN, post } from './fetch';

beforeAll(registerPartners);

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

const preflight = (path: string, origin: string) =>
  get(path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
  });

const resultCount = async (partnerId: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM results WHERE partner_id = ?1').bind(partnerId).first<{ n: number }>())?.n;

describe('who may post', () => {
  it('answers a site the partner registered, and lets it read the answer', async () => {
    const res = await post('/api/v1/results', resultBody(), { Origin: PARTNER.origin });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER.origin);
    expect(res.headers.get('Vary')).toContain('Origin');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });

  it('refuses a sandboxed frame (Origin null) with 403 origin_not_allowed, no CORS allowance and nothing stored', async () => {
    const before = await resultCount(PARTNER.id);
    const res = await post('/api/v1/results', resultBody(), { Origin: 'null' });
    expect(res.status).toBe(403);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await errorOf(res)).code).toBe('origin_not_allowed');
    expect(await resultCount(PARTNER.id)).toBe(before);
  });

  it('stores nothing under the partner for a site it did not register (tests/worker/unregistered-sites.test.ts)', async () => {
    const before = await resultCount(PARTNER.id);
    const res = await post('/api/v1/results', resultBody(), { Origin: 'https://elsewhere.example' });
    expect(res.status).toBe(201);
    expect(await resultCount(PARTNER.id)).toBe(before);
  });

  it('refuses a request without an Origin header: only browsers on registered sites post', async () => {
    const request = new Request(`${ORIGIN}/api/v1/results`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(resultBody()),
    });
    const res = await exports.default.fetch(request);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('origin_not_allowed');
  });

  it.each(['/api/v1/results', '/api/v1/referrals'])('answers a preflight to %s from a registered site', async (path) => {
    const res = await preflight(path, OTHER_PARTNER.origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(OTHER_PARTNER.origin);
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('POST');
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('Content-Type, Idempotency-Key');
    expect(Number(res.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0);
  });

  it('answers a preflight from an unregistered site too: its POST is checked itself', async () => {
    expect((await preflight('/api/v1/referrals', 'https://elsewhere.example')).status).toBe(204);
  });

  it('refuses a preflight from a sandboxed frame', async () => {
    const res = await preflight('/api/v1/referrals', 'null');
    expect(res.status).toBe(403);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('keeps the public GET endpoints open to any site', async () => {
    const res = await get('/api/v1/route?postcode=3511', { headers: { Origin: 'https://anyone.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});

describe('what a POST body must be', () => {
  it('answers a body over 16 kB with 413 JSON', async () => {
    const res = await post('/api/v1/results', { ...resultBody(), padding: 'x'.repeat(16 * 1024) });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('answers another content type with 415 JSON', async () => {
    const res = await post('/api/v1/results', JSON.stringify(resultBody()), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('accepts application/json with a charset', async () => {
    const res = await post('/api/v1/results', resultBody(), { 'Content-Type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(201);
  });

  it.each(['{"partner": "lindewaard",', '', 'not json'])('answers malformed JSON %j with 400 invalid_json', async (body) => {
    const res = await post('/api/v1/referrals', body, idempotencyKey());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_json');
  });
});

describe('rate limits per client address', () => {
  it('answers 429 with Retry-After once a client sends too many referrals, and others go on', async () => {
    const client = { 'CF-Connecting-IP': '192.0.2.10' };
    let refused: Response | undefined;
    // The limiter counts in fixed one-minute windows: a window may turn mid-test, hence the margin.
    for (let i = 0; i < 11 && refused === undefined; i++) {
      const res = await post('/api/v1/referrals', referralBody({ website: 'honeypot: stores nothing' }), { ...client, ...idempotencyKey() });
      if (res.status === 429) refused = res;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('Retry-After')).toBe('60');
    expect(refused?.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect((await errorOf(refused!)).code).toBe('rate_limited');
    const other = await post('/api/v1/referrals', referralBody({ website: 'x' }), { 'CF-Connecting-IP': '192.0.2.11', ...idempotencyKey() });
    expect(other.status).toBe(201);
  });

  it('allows more results than referrals, and then answers 429 as well', async () => {
    const client = { 'CF-Connecting-IP': '192.0.2.20' };
    const statuses: number[] = [];
    for (let i = 0; i < 61 && !statuses.includes(429); i++) {
      statuses.push((await post('/api/v1/results', resultBody(), client)).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(30);
  });
});

describe('every API error', () => {
  it('is JSON in the shared shape, never an HTML page or a stack trace', async () => {
    const res = await post('/api/v1/results', { answers: 'nope' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'invalid_body', message: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});

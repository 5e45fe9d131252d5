/**
 * Signing in to the console by session cookie: the token is exchanged once, the cookie is
 * HttpOnly/SameSite=Strict (Secure with the __Host- prefix on https), every state change needs
 * the CSRF token, a session is scoped to its token's network, and it ends on sign-out, when idle,
 * at its absolute end, or with its token.
 */
import { createScheduledController } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import worker from '../../worker/index';
import { RETENTION_CRON } from '../../worker/data/retention-policy';
import { NETWORK_A, NETWORK_B, issueToken, referralFor, referralRow } from './access-fixtures';
import { get } from './fetch';
import { inSession, signIn, signInRequest } from './session-fixtures';

const codeOf = async (res: Response) => ((await res.json()) as ErrorBody).error.code;
const referralPath = (reference: string) => `/api/v1/console/referrals/${reference}`;

let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  tokenA = await issueToken({ kind: 'network', networkId: NETWORK_A }, { name: 'Sanne de Boer' });
  tokenB = await issueToken({ kind: 'network', networkId: NETWORK_B }, { name: 'Pieter Hoekstra' });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie on local http, and answers who signed in', async () => {
    const res = await signInRequest(tokenA);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^cyberscan-session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain(tokenA);
    expect(await res.json()).toMatchObject({ kind: 'network', personName: 'Sanne de Boer', csrfToken: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('uses the __Host- prefix and Secure on https', async () => {
    const res = await signInRequest(tokenA, 'https://cyberscan.example.nl');
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^__Host-cyberscan-session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).not.toContain('Domain=');
  });

  it('keeps only the SHA-256 of the session id in the database', async () => {
    const session = await signIn(tokenA);
    const id = session.cookie.split('=')[1] ?? '';
    const { results } = await env.DB.prepare('SELECT * FROM console_sessions').all();
    expect(JSON.stringify(results)).not.toContain(id);
  });

  it('refuses an unknown token with 401, and sign-in from another site with 403', async () => {
    expect((await signInRequest('cst_not-a-real-token')).status).toBe(401);
    const foreign = await exports.default.fetch(
      new Request('http://127.0.0.1:8787/api/v1/console/session', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: JSON.stringify({ token: tokenA }),
      }),
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Set-Cookie')).toBeNull();
  });
});

describe('GET /api/v1/console/session', () => {
  it('answers 200 with identity null when signed out, and who it is when signed in', async () => {
    expect(await (await get('/api/v1/console/session')).json()).toEqual({ identity: null });
    const session = await signIn(tokenA);
    expect(await (await inSession(session, '/api/v1/console/session')).json()).toMatchObject({
      identity: { kind: 'network', personName: 'Sanne de Boer', csrfToken: session.csrf },
    });
  });
});

describe('a session', () => {
  it('reads like the token did, from any number of tabs, without the token', async () => {
    const session = await signIn(tokenA);
    const ours = await referralFor(NETWORK_A);
    for (let tab = 0; tab < 2; tab++) {
      const res = await inSession(session, referralPath(ours.reference));
      expect(res.status).toBe(200);
    }
    expect(await (await inSession(session, '/api/v1/console/me')).json()).toMatchObject({ personName: 'Sanne de Boer', csrfToken: session.csrf });
  });

  it("of another network never reads this network's referrals", async () => {
    const sessionB = await signIn(tokenB);
    const ours = await referralFor(NETWORK_A, { companyName: 'Alleen Voor A' });
    const detail = await inSession(sessionB, referralPath(ours.reference));
    expect(detail.status).toBe(404);
    expect(await codeOf(detail)).toBe('referral_not_found');
    const list = await (await inSession(sessionB, '/api/v1/console/referrals?limit=100')).text();
    expect(list).not.toContain(ours.reference);
    expect(await (await inSession(sessionB, '/api/v1/console/referrals.csv')).text()).not.toContain('Alleen Voor A');
    expect((await inSession(sessionB, `/api/v1/console/referrals?network=${NETWORK_A}`)).status).toBe(403);
  });

  it('refuses a state change without the CSRF token, or from another origin, and changes nothing', async () => {
    const session = await signIn(tokenA);
    const ours = await referralFor(NETWORK_A);
    const body = JSON.stringify({ status: 'declined' });
    const bare = await inSession(session, referralPath(ours.reference), { method: 'PATCH', body, csrf: false });
    expect(bare.status).toBe(403);
    expect(await codeOf(bare)).toBe('csrf_failed');
    const wrong = await inSession(session, referralPath(ours.reference), { method: 'PATCH', body, headers: { 'X-CSRF-Token': 'f'.repeat(64) }, csrf: false });
    expect(wrong.status).toBe(403);
    const foreign = await inSession(session, referralPath(ours.reference), { method: 'PATCH', body, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await referralRow(ours.reference))?.status).toBe('new');

    const proper = await inSession(session, referralPath(ours.reference), { method: 'PATCH', body });
    expect(proper.status).toBe(200);
    expect(await proper.json()).toMatchObject({ referral: { history: [{ by: 'network', byName: 'Sanne de Boer' }] } });
  });

  it('ends on the server at sign-out: the same cookie, replayed, no longer works', async () => {
    const session = await signIn(tokenA);
    const out = await inSession(session, '/api/v1/console/session', { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/^cyberscan-session=;.*Max-Age=0/);
    expect((await inSession(session, '/api/v1/console/me')).status).toBe(401);
  });

  it('ends after two idle hours, after twelve hours however busy, and with its token', async () => {
    const idle = await signIn(tokenA);
    await env.DB.prepare("UPDATE console_sessions SET last_seen_at = '2020-01-01T00:00:00.000Z' WHERE revoked_at IS NULL").run();
    expect((await inSession(idle, '/api/v1/console/me')).status).toBe(401);

    const old = await signIn(tokenA);
    await env.DB.prepare("UPDATE console_sessions SET expires_at = '2020-01-01T00:00:00.000Z' WHERE revoked_at IS NULL").run();
    expect((await inSession(old, '/api/v1/console/me')).status).toBe(401);

    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const revoked = await signIn(token);
    expect((await inSession(revoked, '/api/v1/console/me')).status).toBe(200);
    await env.DB.prepare("UPDATE access_tokens SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE person_name = 'Test Coördinator'").run();
    expect((await inSession(revoked, '/api/v1/console/me')).status).toBe(401);
  });
});

describe('the daily retention job', () => {
  it('forgets ended sessions and keeps live ones, and a sign-out of the last day', async () => {
    await env.DB.prepare('DELETE FROM console_sessions').run();
    const live = await signIn(tokenA);
    const signedOut = await signIn(tokenA);
    await inSession(signedOut, '/api/v1/console/session', { method: 'DELETE' });
    await signIn(tokenA);
    await env.DB.prepare("UPDATE console_sessions SET expires_at = '2020-01-01T00:00:00.000Z' WHERE id = (SELECT max(id) FROM console_sessions)").run();
    const oldSignOut = await signIn(tokenA);
    await inSession(oldSignOut, '/api/v1/console/session', { method: 'DELETE' });
    await env.DB.prepare("UPDATE console_sessions SET revoked_at = '2020-01-01T00:00:00.000Z' WHERE id = (SELECT max(id) FROM console_sessions)").run();

    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: RETENTION_CRON }), env);
    expect((await env.DB.prepare('SELECT count(*) AS n FROM console_sessions').first<{ n: number }>())?.n).toBe(2);
    expect((await inSession(live, '/api/v1/console/me')).status).toBe(200);
  });
});

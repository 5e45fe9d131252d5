import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { sha256Hex } from '../../worker/data';
import { NETWORK_A, bearer, getWith, issueToken } from './access-fixtures';
import { get } from './fetch';

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

describe('access tokens for the network console', () => {
  it('answers 401 with WWW-Authenticate: Bearer when no token is sent', async () => {
    const res = await get('/api/v1/console/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect((await errorOf(res)).code).toBe('unauthorized');
  });

  it.each([
    ['an unknown token', 'Bearer cst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a token without the prefix', 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 for %s', async (_, authorization) => {
    const res = await get('/api/v1/console/me', { headers: { Authorization: authorization } });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthorized');
  });

  it('answers 401 for a revoked token', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A }, { revoked: true });
    expect((await getWith(token, '/api/v1/console/me')).status).toBe(401);
  });

  it('stops a token working once it is revoked', async () => {
    const token = await issueToken({ kind: 'admin' });
    expect((await getWith(token, '/api/v1/console/me')).status).toBe(200);
    await env.DB.prepare('UPDATE access_tokens SET revoked_at = ?1 WHERE token_hash = ?2')
      .bind(new Date().toISOString(), await sha256Hex(token))
      .run();
    expect((await getWith(token, '/api/v1/console/me')).status).toBe(401);
  });

  it('tells a network token which network it is for', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const res = await getWith(token, '/api/v1/console/me');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kind: 'network', network: { id: NETWORK_A, name: 'Cyberwerf' }, personName: 'Test Coördinator' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('tells an admin token that it is one', async () => {
    const token = await issueToken({ kind: 'admin' });
    expect(await (await getWith(token, '/api/v1/console/me')).json()).toEqual({ kind: 'admin', personName: 'Test Coördinator' });
  });

  it('keeps only the SHA-256 of a token in the database', async () => {
    const token = await issueToken({ kind: 'admin' });
    const { results } = await env.DB.prepare('SELECT * FROM access_tokens').all<Record<string, unknown>>();
    expect(JSON.stringify(results)).not.toContain(token);
    expect(results.map((row) => row.token_hash)).toContain(await sha256Hex(token));
  });

  it('accepts the scheme in any letter case, as RFC 7235 says', async () => {
    const token = await issueToken({ kind: 'admin' });
    const res = await get('/api/v1/console/me', { headers: { Authorization: `bearer ${token}` } });
    expect(res.status).toBe(200);
  });

  it('sends no CORS headers: the console is same-origin only', async () => {
    const token = await issueToken({ kind: 'admin' });
    const res = await get('/api/v1/console/me', { headers: { ...bearer(token), Origin: 'https://evil.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

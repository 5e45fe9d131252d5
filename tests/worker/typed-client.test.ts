/**
 * `AppType` (worker/app.ts) gives a typed client: `hono/client` knows each route's path, query
 * and answer from the app itself, so a renamed route or a changed answer breaks this file at
 * `npm run typecheck`, before anything runs.
 */
import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import type { AppType } from '../../worker/app';
import { ORIGIN } from './fetch';

const client = hc<AppType>(ORIGIN, { fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)) });

describe('the typed client (AppType)', () => {
  it('routes a postcode to its network, with the answer typed as RouteResponse', async () => {
    const res = await client.api.v1.route.$get({ query: { postcode: '3511' } });
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`);
    const body = await res.json();
    expect(body.province).toBe('utrecht');
    expect(body.network?.name).toBe('Cybernetwerk Utrecht');
  });

  it('reads one network by id, and a 404 for an unknown one', async () => {
    const found = await client.api.v1.networks[':id'].$get({ param: { id: 'cybernetwerk-utrecht' } });
    if (found.status !== 200) throw new Error(`expected 200, got ${found.status}`);
    expect((await found.json()).network.id).toBe('cybernetwerk-utrecht');
    const missing = await client.api.v1.networks[':id'].$get({ param: { id: 'nowhere' } });
    expect(missing.status).toBe(404);
  });
});

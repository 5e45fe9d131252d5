/**
 * The isolate's copy of partners, networks, areas and provinces (worker/data/reference-cache.ts),
 * against real D1: changes made the way the admin tool makes them (its own SQL, straight to D1)
 * are seen within REFERENCE_CACHE_SECONDS, a fresh copy loads them at once, the worker's own
 * invalidation is seen at once, and a failing background refresh keeps the last good copy.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPartner, routeToNetwork } from '../../worker/data';
import { createReferenceCache, invalidateReferenceData } from '../../worker/data/reference-cache';
import worker from '../../worker/index';
import { REMOVE_PARTNER, REPLACE_ORIGIN, SWITCH_OFF_NETWORK, type AdminChange } from './admin-changes';
import { ORIGIN, postRequest } from './fetch';

/** Short, so the test is quick; long enough that a request right after a change still finds the old copy. */
const MAX_AGE_SECONDS = 4;
const MAX_AGE_MS = MAX_AGE_SECONDS * 1000;
const POLL_MS = 100;
const cachedEnv: Env = { ...env, REFERENCE_CACHE_SECONDS: String(MAX_AGE_SECONDS) };

const SITE = 'https://www.kaasmakerij.example';

/** A request through the worker's entry with the cache on; waits for what it left running (a refresh). */
async function call(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, cachedEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** Runs an admin command's SQL on D1 as `npm run admin` does (one transaction), not through the worker. */
const admin = async (change: AdminChange) => {
  await env.DB.batch(change.statements.map((statement) => env.DB.prepare(statement)));
};

const withdrawFrom = (origin: string) =>
  call(postRequest('/api/v1/referrals/withdraw', { reference: 'CS-ABCD-EFGH', email: 'sanne@example.nl' }, { Origin: origin }));

const routedTo = async (postcode: string) => {
  const response = await call(new Request(`${ORIGIN}/api/v1/route?postcode=${postcode}`));
  return response.ok ? ((await response.json()) as { network: { id: string } }).network.id : response.status;
};

/**
 * Asks `probe` every POLL_MS until `seen` holds (at most three maximum ages), and returns how long
 * after `since` the request that first saw it began.
 */
async function msUntil<T>(since: number, probe: () => Promise<T>, seen: (value: T) => boolean): Promise<number> {
  while (Date.now() - since < 3 * MAX_AGE_MS) {
    const began = Date.now();
    if (seen(await probe())) return began - since;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error('the change was never seen');
}

beforeEach(async () => {
  invalidateReferenceData();
  await env.DB.prepare('INSERT OR REPLACE INTO partners (id, name, allowed_origins) VALUES (?1, ?1, ?2)')
    .bind('kaasmakerij', JSON.stringify([SITE]))
    .run();
  await env.DB.prepare('UPDATE networks SET active = 1 WHERE id = ?1').bind('cyberwerf').run();
});

afterEach(() => vi.restoreAllMocks());

describe('the isolate copy of the reference data', () => {
  it('stops a removed origin within REFERENCE_CACHE_SECONDS, and serves the old copy from memory until then', async () => {
    expect((await withdrawFrom(SITE)).status).toBe(202);
    await admin(REPLACE_ORIGIN);
    const changedAt = Date.now();
    // Right after the change the copy (well under half its age) still answers: D1 was not asked.
    expect((await withdrawFrom(SITE)).status).toBe(202);
    const seenAfter = await msUntil(changedAt, () => withdrawFrom(SITE), (response) => response.status === 403);
    console.log(`removed origin refused ${seenAfter} ms after the change (maximum age ${MAX_AGE_MS} ms)`);
    expect(seenAfter).toBeLessThanOrEqual(MAX_AGE_MS);
    // And it stays refused: no older copy comes back.
    for (let i = 0; i < 5; i += 1) expect((await withdrawFrom(SITE)).status).toBe(403);
  });

  it('routes by a switched-off network no longer than REFERENCE_CACHE_SECONDS', async () => {
    expect(await routedTo('2511')).toBe('cyberwerf');
    await admin(SWITCH_OFF_NETWORK);
    const changedAt = Date.now();
    const seenAfter = await msUntil(changedAt, () => routedTo('2511'), (network) => network !== 'cyberwerf');
    console.log(`switched-off network left ${seenAfter} ms after the change (maximum age ${MAX_AGE_MS} ms)`);
    expect(seenAfter).toBeLessThanOrEqual(MAX_AGE_MS);
  });

  it('a fresh isolate loads the change on its first request, while a warm one still has its copy', async () => {
    expect((await withdrawFrom(SITE)).status).toBe(202);
    await admin(REPLACE_ORIGIN);
    const fresh = await createReferenceCache().get(env.DB, MAX_AGE_MS);
    expect(getPartner(fresh, 'kaasmakerij')?.allowedOrigins).toEqual(['https://nieuw.kaasmakerij.example']);
    expect((await withdrawFrom(SITE)).status).toBe(202);
  });

  it("sees the worker's own change at once after invalidateReferenceData", async () => {
    expect((await withdrawFrom(SITE)).status).toBe(202);
    await admin(REMOVE_PARTNER);
    invalidateReferenceData();
    expect((await withdrawFrom(SITE)).status).toBe(403);
  });

  it('keeps the last good copy while its background refresh fails, and never serves it past its maximum age', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loadedAt = Date.now();
    expect(await routedTo('2511')).toBe('cyberwerf');
    // A real D1 failure: the refresh's read of the province ranges finds no table.
    await env.DB.prepare('ALTER TABLE province_ranges RENAME TO province_ranges_away').run();
    try {
      const answers: (string | number)[] = [];
      while (Date.now() - loadedAt < MAX_AGE_MS - 2 * POLL_MS) {
        answers.push(await routedTo('2511'));
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      const failedRefreshes = errors.mock.calls.filter(([message]) => String(message).startsWith('Refreshing the reference data failed')).length;
      console.log(`D1 failing: ${answers.filter((a) => a === 'cyberwerf').length} of ${answers.length} route requests answered from the last good copy; ${failedRefreshes} background refreshes failed`);
      expect(answers.every((answer) => answer === 'cyberwerf')).toBe(true);
      expect(failedRefreshes).toBeGreaterThan(0);
      // Past its maximum age the copy is not used: the request needs D1, and fails as it would without a copy.
      const pastMaxAge = await msUntil(loadedAt, () => routedTo('2511'), (answer) => answer === 500);
      expect(pastMaxAge).toBeGreaterThanOrEqual(MAX_AGE_MS - 2 * POLL_MS);
    } finally {
      await env.DB.prepare('ALTER TABLE province_ranges_away RENAME TO province_ranges').run();
    }
    expect(await routedTo('2511')).toBe('cyberwerf');
    expect(routeToNetwork(await createReferenceCache().get(env.DB, MAX_AGE_MS), 2511).network.id).toBe('cyberwerf');
  });
});

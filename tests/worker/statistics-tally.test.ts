/**
 * Where a result counts (README "Statistics"): the page's network, the postcode's network, the
 * partner's default network, else national only; a referral for the network it was delivered to.
 * And migrations/0010 rebuilds the same tallies from stored rows.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { everyAnswer, resultBody } from './api-fixtures';
import { post } from './fetch';
import { CYBERWERF, UTRECHT, registerPartner, storeReferrals } from './statistics-fixtures';

const ORIGIN = 'https://www.hofstad.example';
const month = new Date().toISOString().slice(0, 7);

/** A result through the API from partner `hofstad` (default network: cyberwerf). */
const send = async (fields: Record<string, unknown>, partner = 'hofstad') => {
  const res = await post('/api/v1/results', resultBody({ partner, ...fields }), { Origin: ORIGIN });
  expect(res.status).toBe(201);
};

/** Results counted per area this month. */
async function resultsByArea(): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare("SELECT area, value FROM stats_tally WHERE measure = 'results' AND month = ?1").bind(month).all<{ area: string; value: number }>();
  return Object.fromEntries(results.map((r) => [r.area, r.value]));
}

async function tallySnapshot() {
  return (await env.DB.prepare('SELECT * FROM stats_tally ORDER BY area, month, measure, category').all()).results;
}

beforeAll(async () => {
  await registerPartner('hofstad', 'Hofstad', CYBERWERF);
  await registerPartner('landelijk', 'Landelijke vereniging', null);
  await env.DB.prepare('UPDATE partners SET allowed_origins = ?1').bind(JSON.stringify([ORIGIN])).run();
});

describe('where a result counts', () => {
  it("counts for the page's network first, with the postcode's province", async () => {
    const before = await resultsByArea();
    await send({ network: UTRECHT, profile: { size: '2-9', postcode: '2511' } });
    const after = await resultsByArea();
    expect(after[`network:${UTRECHT}`]).toBe((before[`network:${UTRECHT}`] ?? 0) + 1);
    expect(after['province:zuid-holland']).toBe((before['province:zuid-holland'] ?? 0) + 1);
    expect(after.country).toBe((before.country ?? 0) + 1);
  });

  it("counts for the postcode's network before the partner's default network", async () => {
    const before = await resultsByArea();
    await send({ profile: { postcode: '3511 AB' } });
    const after = await resultsByArea();
    expect(after[`network:${UTRECHT}`]).toBe((before[`network:${UTRECHT}`] ?? 0) + 1);
    expect(after[`network:${CYBERWERF}`]).toBe(before[`network:${CYBERWERF}`]);
    expect(after['province:utrecht']).toBe((before['province:utrecht'] ?? 0) + 1);
  });

  it("counts for the partner's default network without a postcode, or where no regional network serves it", async () => {
    const before = await resultsByArea();
    await send({ profile: { sector: 'retail' } });
    await send({ profile: { postcode: '4331' } });
    const after = await resultsByArea();
    expect(after[`network:${CYBERWERF}`]).toBe((before[`network:${CYBERWERF}`] ?? 0) + 2);
    expect(after['province:zeeland']).toBe((before['province:zeeland'] ?? 0) + 1);
  });

  it('counts nationally only, for a partner without a network and no postcode', async () => {
    const before = await resultsByArea();
    await send({ profile: {} }, 'landelijk');
    const after = await resultsByArea();
    expect(after.country).toBe((before.country ?? 0) + 1);
    expect(Object.entries(after).filter(([area, n]) => area !== 'country' && n !== (before[area] ?? 0))).toEqual([]);
  });

  it('ignores a page network that does not exist, and counts by the next rule', async () => {
    const before = await resultsByArea();
    await send({ network: 'bestaat-niet', profile: {} });
    expect((await resultsByArea())[`network:${CYBERWERF}`]).toBe((before[`network:${CYBERWERF}`] ?? 0) + 1);
  });

  it('counts a replayed submission nowhere', async () => {
    const body = resultBody({ partner: 'hofstad', answers: everyAnswer('no') });
    await post('/api/v1/results', body, { Origin: ORIGIN });
    const once = await tallySnapshot();
    const again = await post('/api/v1/results', body, { Origin: ORIGIN });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await tallySnapshot()).toEqual(once);
  });
});

describe('migrations 0010 and 0023 (rebuilding the tallies from stored results and referrals)', () => {
  it('build exactly the tallies that arriving results and referrals built, the count per bank version too', async () => {
    await storeReferrals(3, 'landelijk', '2026-05-31T23:59:00.000Z', UTRECHT);
    const incremental = await tallySnapshot();
    expect(incremental.length).toBeGreaterThan(50);
    expect(incremental.filter((row) => row.measure === 'version').length).toBeGreaterThan(0);
    await env.DB.prepare('DELETE FROM stats_tally').run();
    for (const number of ['0010_', '0023_']) {
      const backfill = env.TEST_MIGRATIONS.find((m) => m.name.startsWith(number));
      await env.DB.batch(backfill!.queries.map((q) => env.DB.prepare(q)));
    }
    expect(await tallySnapshot()).toEqual(incremental);
  });
});

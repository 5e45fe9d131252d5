import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsResponse } from '../../core/statistics';
import { CYBERWERF, consoleGet, issueToken, seedStatistics, storeReferrals, storeResults } from './statistics-fixtures';

let admin: string;

beforeAll(async () => {
  await seedStatistics();
  admin = await issueToken(null);
});

const statistics = async (query: string) =>
  (await (await consoleGet(`/api/v1/console/statistics?${query}`, admin)).json()) as StatisticsResponse;

const rollupIds = async () =>
  (await env.DB.prepare("SELECT id FROM stats_cells WHERE sector = '*' ORDER BY id").all<{ id: number }>()).results.map((r) => r.id);

describe('statistics without a sector or size filter (read from rollups)', () => {
  it('include results and referrals that arrived after the previous query', async () => {
    const query = `from=2026-03&to=2026-03&network=${CYBERWERF}`;
    const before = await statistics(query);
    expect(before.total).toBe(13);
    await storeResults(5, { partner: 'haagse-ondernemers', day: '2026-03-25', sector: 'construction', size: '1', answer: 'yes' });
    await storeReferrals(5, 'haagse-ondernemers', '2026-03-26T09:00:00.000Z', { sector: 'construction', size: '1' });
    const after = await statistics(query);
    expect(after.total).toBe(18);
    expect(after.bands?.green).toBe(10);
    expect(after.conversion[0]).toMatchObject({ partnerId: 'haagse-ondernemers', assessments: 18, referrals: 10 });
  });

  it('do not rebuild the rollups of a month in which nothing changed', async () => {
    await statistics('from=2026-03&to=2026-04');
    const built = await rollupIds();
    expect(built.length).toBeGreaterThan(0);
    await statistics('from=2026-03&to=2026-04');
    expect(await rollupIds()).toEqual(built);
    const { results } = await env.DB.prepare("SELECT DISTINCT rolled_up FROM stats_months WHERE month IN ('2026-03', '2026-04')").all();
    expect(results).toEqual([{ rolled_up: 1 }]);
  });

  it('agree with the same figures summed over the cells', async () => {
    const fromRollups = await statistics('from=2026-03&to=2026-03');
    const byCells = await Promise.all(['retail', 'care', 'construction', 'unknown'].map((sector) => statistics(`from=2026-03&to=2026-03&sector=${sector}`)));
    expect(fromRollups.total).toBe(byCells.reduce((n, body) => n + (typeof body.total === 'number' ? body.total : 0), 0));
  });
});

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { PROVINCE_IDS } from '../../../core/regions';
import { loadReferenceData, provinceFor } from '../../../worker/data';

/** Every PC4 from 1000 to 9999 with the number of province ranges that contain it. */
const COVERAGE = `
  WITH RECURSIVE pc4(n) AS (SELECT 1000 UNION ALL SELECT n + 1 FROM pc4 WHERE n < 9999)
  SELECT pc4.n, count(r.province) AS ranges FROM pc4
  LEFT JOIN province_ranges r ON pc4.n BETWEEN r.pc4_from AND r.pc4_to
  GROUP BY pc4.n`;

describe('the postcode to province table', () => {
  it('puts every PC4 from 1000 to 9999 in exactly one province', async () => {
    const { results } = await env.DB.prepare(`SELECT n, ranges FROM (${COVERAGE}) WHERE ranges <> 1`).all();
    expect(results).toEqual([]);
    const total = await env.DB.prepare(`SELECT count(*) AS n FROM (${COVERAGE})`).first<{ n: number }>();
    expect(total?.n).toBe(9000);
  });

  it('knows all twelve provinces and no others', async () => {
    const { results } = await env.DB.prepare('SELECT DISTINCT province FROM province_ranges ORDER BY province').all<{ province: string }>();
    expect(results.map((r) => r.province)).toEqual([...PROVINCE_IDS].sort());
  });

  it('puts Almere (1300-1379) in Flevoland, with Noord-Holland on either side', async () => {
    expect(await provinceFor(await loadReferenceData(env.DB), 1299)).toBe('noord-holland');
    expect(await provinceFor(await loadReferenceData(env.DB), 1300)).toBe('flevoland');
    expect(await provinceFor(await loadReferenceData(env.DB), 1379)).toBe('flevoland');
    expect(await provinceFor(await loadReferenceData(env.DB), 1380)).toBe('noord-holland');
  });

  it.each([
    [7741, 'drenthe', 'Coevorden'],
    [7811, 'drenthe', 'Emmen'],
    [7901, 'drenthe', 'Hoogeveen'],
    [7941, 'drenthe', 'Meppel'],
    [9301, 'drenthe', 'Roden'],
    [9401, 'drenthe', 'Assen'],
    [9531, 'drenthe', 'Borger'],
    [8201, 'flevoland', 'Lelystad'],
    [8251, 'flevoland', 'Dronten'],
    [8301, 'flevoland', 'Emmeloord'],
    [3891, 'flevoland', 'Zeewolde'],
    [2161, 'zuid-holland', 'Lisse'],
    [2181, 'zuid-holland', 'Hillegom'],
    [5301, 'gelderland', 'Zaltbommel'],
    [6511, 'gelderland', 'Nijmegen'],
    [5831, 'noord-brabant', 'Boxmeer'],
    [5911, 'limburg', 'Venlo'],
    [8911, 'friesland', 'Leeuwarden'],
    [9351, 'groningen', 'Leek'],
    [9711, 'groningen', 'Groningen'],
    [9501, 'groningen', 'Stadskanaal'],
    [7951, 'overijssel', 'Staphorst'],
    [3511, 'utrecht', 'Utrecht'],
    [4141, 'utrecht', 'Leerdam'],
    [4331, 'zeeland', 'Middelburg'],
  ] as const)('puts %i in %s (%s)', async (pc4, province, _place) => {
    expect(await provinceFor(await loadReferenceData(env.DB), pc4)).toBe(province);
  });

  it('knows no province outside 1000-9999', async () => {
    expect(await provinceFor(await loadReferenceData(env.DB), 999)).toBeNull();
    expect(await provinceFor(await loadReferenceData(env.DB), 10000)).toBeNull();
  });
});

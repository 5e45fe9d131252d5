import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../../../core/profile';
import { getNetwork, listNetworks, loadReferenceData, routeToNetwork } from '../../../worker/data';

const FALLBACK = 'platform-veilig-ondernemen';
const routedTo = async (pc4: number, sector?: (typeof SECTOR_IDS)[number]) => (await routeToNetwork(await loadReferenceData(env.DB), pc4, sector)).network.id;

describe('routing a company through the seeded networks', () => {
  it.each([
    [3500, 'cybernetwerk-utrecht'],
    [3585, 'cybernetwerk-utrecht'],
    [3800, 'cyberchef-amersfoort'],
    [3829, 'cyberchef-amersfoort'],
    [2490, 'cyberwerf'],
    [2599, 'cyberwerf'],
    [8390, 'cyber-safety-noord-nederland'],
    [9299, 'cyber-safety-noord-nederland'],
    [5500, 'cyber-weerbaarheidscentrum-brainport'],
    [5699, 'cyber-weerbaarheidscentrum-brainport'],
  ])('sends %i, the edge of an area, to %s', async (pc4, network) => {
    expect(await routedTo(pc4)).toBe(network);
  });

  it.each([3499, 3586, 3799, 3830, 2489, 5499, 5700])('sends %i, just outside an area, to the national fallback', async (pc4) => {
    expect(await routedTo(pc4)).toBe(FALLBACK);
  });

  it('falls back where no network is known, and says it did', async () => {
    const route = await routeToNetwork(await loadReferenceData(env.DB), 4331);
    expect(route).toMatchObject({ province: 'zeeland', fallback: true, network: { id: FALLBACK } });
  });

  it('tells the province alongside the network, and nothing about the postcode', async () => {
    const lelystad = await routeToNetwork(await loadReferenceData(env.DB), 8201);
    expect(lelystad).toMatchObject({ province: 'flevoland', fallback: false, network: { id: 'cyberchef-flevoland' } });
    expect(Object.keys(lelystad).sort()).toEqual(['fallback', 'network', 'province']);
  });

  it('falls back for Almere, which is in Flevoland but outside Cyberchef Flevoland\'s area', async () => {
    expect(await routeToNetwork(await loadReferenceData(env.DB), 1301)).toMatchObject({ province: 'flevoland', fallback: true, network: { id: FALLBACK } });
  });

  it('sends a horticulture company in Zuid-Holland to Greenport West-Holland, even inside a city network', async () => {
    expect(await routedTo(2671, 'agriculture')).toBe('cyberweerbaarheidscentrum-greenport-west-holland');
    expect(await routedTo(2511, 'agriculture')).toBe('cyberweerbaarheidscentrum-greenport-west-holland');
    expect(await routedTo(3311, 'agriculture')).toBe('cyberweerbaarheidscentrum-greenport-west-holland');
  });

  it('sends other companies in Zuid-Holland to their general network or the fallback', async () => {
    expect(await routedTo(2511, 'retail')).toBe('cyberwerf');
    expect(await routedTo(2511)).toBe('cyberwerf');
    expect(await routedTo(3311, 'manufacturing')).toBe('cybernetwerk-drechtsteden');
    expect(await routedTo(2671, 'retail')).toBe(FALLBACK);
  });

  it('does not send a horticulture company outside Zuid-Holland to Greenport West-Holland', async () => {
    expect(await routedTo(3511, 'agriculture')).toBe('cybernetwerk-utrecht');
    expect(await routedTo(1011, 'agriculture')).toBe(FALLBACK);
  });
});

describe('the seeded networks', () => {
  it('have exactly one national fallback, with no area of its own', async () => {
    const fallbacks = await env.DB.prepare('SELECT id FROM networks WHERE is_fallback = 1').all();
    expect(fallbacks.results).toEqual([{ id: FALLBACK }]);
    expect(await env.DB.prepare('SELECT 1 FROM network_areas WHERE network_id = ?1').bind(FALLBACK).first()).toBeNull();
  });

  it('name only sectors the profile knows', async () => {
    const { results } = await env.DB.prepare('SELECT DISTINCT sector FROM networks WHERE sector IS NOT NULL').all<{ sector: string }>();
    for (const { sector } of results) expect(SECTOR_IDS).toContain(sector);
  });

  it.each([
    ['cyber-safety-noord-nederland', 'friesland'],
    ['cyber-security-centrum-noord-nederland', 'groningen'],
    ['expertisecentrum-cyberweerbaarheid-limburg', 'limburg'],
    ['cyberweerbaarheidscentrum-greenport-west-holland', 'zuid-holland'],
  ])('cover exactly the province for %s (%s)', async (network, province) => {
    const mismatches = await env.DB.prepare(
      `WITH RECURSIVE pc4(n) AS (SELECT 1000 UNION ALL SELECT n + 1 FROM pc4 WHERE n < 9999)
       SELECT n FROM pc4
       WHERE EXISTS (SELECT 1 FROM network_areas WHERE network_id = ?1 AND n BETWEEN pc4_from AND pc4_to)
          <> EXISTS (SELECT 1 FROM province_ranges WHERE province = ?2 AND n BETWEEN pc4_from AND pc4_to)
       LIMIT 5`,
    ).bind(network, province).all();
    expect(mismatches.results).toEqual([]);
  });

  it('are listed with their public facts only, the fallback last', async () => {
    const networks = await listNetworks(await loadReferenceData(env.DB));
    expect(networks).toHaveLength(11);
    expect(networks.at(-1)?.id).toBe(FALLBACK);
    for (const network of networks) {
      expect(Object.keys(network).sort()).toEqual([
        'areaDescription', 'id', 'name', 'offerDescription', 'offersStudentScan', 'ownContribution', 'sector', 'website',
      ]);
    }
  });

  it('give a website only where the network published one', async () => {
    const withSite = (await listNetworks(await loadReferenceData(env.DB))).filter((n) => n.website !== null);
    expect(withSite.map((n) => [n.id, n.website])).toEqual([['cybernetwerk-utrecht', 'https://cybernetwerkutrecht.nl']]);
  });

  it('are found by id while active, and not once switched off', async () => {
    expect(await getNetwork(await loadReferenceData(env.DB), 'cyberwerf')).toMatchObject({ name: 'Cyberwerf', offersStudentScan: 'yes' });
    expect(await getNetwork(await loadReferenceData(env.DB), 'no-such-network')).toBeNull();
    await env.DB.prepare("UPDATE networks SET active = 0 WHERE id = 'cyberchef-amersfoort'").run();
    expect(await getNetwork(await loadReferenceData(env.DB), 'cyberchef-amersfoort')).toBeNull();
    expect(await routedTo(3811)).toBe(FALLBACK);
  });
});

import { describe, expect, it } from 'vitest';
import type { ErrorBody, NetworkResponse, NetworksResponse, RouteResponse } from '../../core/contracts';
import { get } from './fetch';

const FALLBACK = 'platform-veilig-ondernemen';

const routeFor = async (query: string) => {
  const res = await get(`/api/v1/route?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as RouteResponse;
};

describe('GET /api/v1/route', () => {
  it.each([
    ['3500', 'cybernetwerk-utrecht'],
    ['3585', 'cybernetwerk-utrecht'],
    ['3586', FALLBACK],
    ['3499', FALLBACK],
    ['3800 AA', 'cyberchef-amersfoort'],
    ['3829zz', 'cyberchef-amersfoort'],
    ['3830', FALLBACK],
  ])('routes postcode %s at an area border to %s', async (postcode, network) => {
    expect((await routeFor(`postcode=${encodeURIComponent(postcode)}`)).network.id).toBe(network);
  });

  it('sends a horticulture company inside a city network to the sector network, others to the city network', async () => {
    expect((await routeFor('postcode=2511&sector=agriculture')).network.id).toBe('cyberweerbaarheidscentrum-greenport-west-holland');
    expect((await routeFor('postcode=2511&sector=retail')).network.id).toBe('cyberwerf');
    expect((await routeFor('postcode=2511')).network.id).toBe('cyberwerf');
  });

  it('falls back to the national contact where no network is known, and says so', async () => {
    expect(await routeFor('postcode=4331')).toMatchObject({ province: 'zeeland', fallback: true, network: { id: FALLBACK } });
    expect(await routeFor('postcode=3511')).toMatchObject({ province: 'utrecht', fallback: false });
  });

  it('gives the public facts of the network only', async () => {
    const { network } = await routeFor('postcode=3511');
    expect(Object.keys(network).sort()).toEqual([
      'areaDescription', 'id', 'name', 'offerDescription', 'offersStudentScan', 'ownContribution', 'sector', 'website',
    ]);
  });

  it.each([
    ['postcode=', 'Enter a postcode.'],
    ['postcode=35', 'Not a Dutch postcode'],
    ['postcode=0511', 'does not start with 0'],
    ['postcode=3511%20ABC', 'Not a Dutch postcode'],
    ['sector=retail', 'Enter a postcode.'],
  ])('answers %s with 400 and the reason on `postcode`', async (query, reason) => {
    const res = await get(`/api/v1/route?${query}`);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('invalid_query');
    expect(error.issues).toEqual([{ path: 'postcode', message: expect.stringContaining(reason) }]);
  });

  it('answers an unknown sector with 400 on `sector`', async () => {
    const res = await get('/api/v1/route?postcode=3511&sector=mining');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.issues?.map((i) => i.path)).toEqual(['sector']);
  });

  it('keeps the postcode out of every cache', async () => {
    expect((await get('/api/v1/route?postcode=3511')).headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('GET /api/v1/networks', () => {
  it('lists every active network, the national fallback last, readable from any site', async () => {
    const res = await get('/api/v1/networks', { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const { networks } = (await res.json()) as NetworksResponse;
    expect(networks).toHaveLength(11);
    expect(networks.at(-1)?.id).toBe(FALLBACK);
  });

  it('gives one network by id, for a network\'s own site', async () => {
    const res = await get('/api/v1/networks/cyberwerf', { headers: { Origin: 'https://cyberwerf.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(((await res.json()) as NetworkResponse).network).toMatchObject({ id: 'cyberwerf', name: 'Cyberwerf' });
  });

  it('answers an unknown network with 404 JSON', async () => {
    const res = await get('/api/v1/networks/nowhere');
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('network_not_found');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import type { StatisticsResponse } from '../../core/statistics';
import { CYBERWERF, UTRECHT, consoleGet, issueToken, seedStatistics } from './statistics-fixtures';

const MARCH = 'from=2026-03&to=2026-03';
let admin: string;
let cyberwerf: string;

beforeAll(async () => {
  await seedStatistics();
  admin = await issueToken(null);
  cyberwerf = await issueToken(CYBERWERF);
});

const statistics = async (query: string, token: string) => {
  const res = await consoleGet(`/api/v1/console/statistics?${query}`, token);
  expect(res.status).toBe(200);
  return (await res.json()) as StatisticsResponse;
};

describe('who sees which statistics', () => {
  it('answers 401 without a token, for the JSON and the CSV', async () => {
    for (const path of ['/api/v1/console/statistics', '/api/v1/console/statistics.csv']) {
      const res = await consoleGet(path);
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorBody).error.code).toBe('unauthorized');
    }
  });

  it('answers 401 for a token nobody issued', async () => {
    expect((await consoleGet('/api/v1/console/statistics', 'cst_made-up')).status).toBe(401);
  });

  it("gives a network token its own network's statistics only", async () => {
    const body = await statistics(MARCH, cyberwerf);
    expect(body.filters.network).toBe(CYBERWERF);
    expect(body.total).toBe(13);
    expect(body.conversion.map((c) => c.partnerId)).toEqual(['haagse-ondernemers']);
  });

  it('lets a network token name its own network, and refuses it another one with 403', async () => {
    expect((await statistics(`${MARCH}&network=${CYBERWERF}`, cyberwerf)).total).toBe(13);
    const res = await consoleGet(`/api/v1/console/statistics?${MARCH}&network=${UTRECHT}`, cyberwerf);
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('forbidden');
    expect((await consoleGet(`/api/v1/console/statistics.csv?network=${UTRECHT}`, cyberwerf)).status).toBe(403);
  });

  it('gives an admin the national statistics, results without a network included', async () => {
    const body = await statistics(MARCH, admin);
    expect(body.filters.network).toBeNull();
    expect(body.total).toBe(6 + 7 + 5 + 5);
    expect(body.conversion.map((c) => c.partnerId).sort()).toEqual(['haagse-ondernemers', 'los-zand', 'utrechtse-zaak']);
  });

  it('lets an admin choose any network, or the results of partners without one', async () => {
    expect((await statistics(`${MARCH}&network=${UTRECHT}`, admin)).total).toBe(5);
    expect((await statistics(`${MARCH}&network=unassigned`, admin)).total).toBe(5);
  });

  it('keeps console statistics out of every cache', async () => {
    const res = await consoleGet(`/api/v1/console/statistics?${MARCH}`, admin);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('the query', () => {
  it.each([
    ['from', 'from=2026-13'],
    ['to', 'to=26-03'],
    ['from', 'from=2026-05&to=2026-03'],
    ['sector', 'sector=mining'],
    ['size', 'size=1000%2B'],
    ['partner', 'partner=Not%20A%20Slug'],
    ['network', 'network=..%2Fetc'],
  ])('answers 400 invalid_query on %s for %s', async (path, query) => {
    const res = await consoleGet(`/api/v1/console/statistics?${query}`, admin);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('invalid_query');
    expect(error.issues?.map((i) => i.path)).toEqual([path]);
  });

  it('reads empty filters as "all", as a console form sends them', async () => {
    const body = await statistics(`${MARCH}&sector=&size=&partner=&network=`, admin);
    expect(body.filters).toEqual({ from: '2026-03', to: '2026-03', network: null, partner: null, sector: null, size: null });
    expect(body.total).toBe(23);
  });

  it('covers the last twelve months up to this one when no period is given', async () => {
    const { filters } = await statistics('', admin);
    const now = new Date();
    expect(filters.to).toBe(now.toISOString().slice(0, 7));
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 7);
    expect(filters.from).toBe(from);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { SUPPRESSED, type StatisticsResponse } from '../../core/statistics';
import { CYBERWERF, UTRECHT, consoleGet, issueToken, seedStatistics } from './statistics-fixtures';

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

  it("gives a network token its own network's tables, every result of the month counted", async () => {
    const body = await statistics('period=2026-03', cyberwerf);
    expect(body.area).toBe(`network:${CYBERWERF}`);
    expect(body.results).toBe(17);
    expect(body.partners.rows).toEqual([{ id: 'haagse-ondernemers', count: 17 }]);
    expect(body.partnerNames).toEqual({ 'haagse-ondernemers': 'Haagse Ondernemers' });
  });

  it('lets a network token name its own network, and refuses it another area with 403', async () => {
    expect((await statistics(`period=2026-03&area=network:${CYBERWERF}`, cyberwerf)).results).toBe(17);
    for (const area of [`network:${UTRECHT}`, 'country', 'province:utrecht']) {
      const res = await consoleGet(`/api/v1/console/statistics?period=2026-03&area=${area}`, cyberwerf);
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).error.code).toBe('forbidden');
    }
    expect((await consoleGet(`/api/v1/console/statistics.csv?area=network:${UTRECHT}`, cyberwerf)).status).toBe(403);
  });

  it('gives an admin the country, results without a network included', async () => {
    const body = await statistics('period=2026-03', admin);
    expect(body.area).toBe('country');
    expect(body.results).toBe(17 + 5 + 5);
  });

  it('counts referrals for the network they were delivered to, not the partner\'s', async () => {
    expect((await statistics(`period=2026-03&area=network:${UTRECHT}`, admin)).referrals).toBe(7);
    expect((await statistics('period=2026-03', cyberwerf)).referrals).toBe(5);
  });

  it('keeps console statistics out of every cache', async () => {
    const res = await consoleGet('/api/v1/console/statistics?period=2026-03', admin);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('fixed periods', () => {
  it('answers a month, its quarter and its year, each from the same published year', async () => {
    expect((await statistics('period=2026-04', cyberwerf)).results).toBe(SUPPRESSED);
    const quarter = await statistics('period=2026-Q1', cyberwerf);
    expect(quarter.results).toBe(17);
    // April's three would be the year minus the first quarter: the year total is hidden as well.
    const year = await statistics('period=2026', cyberwerf);
    expect(year.results).toBe(SUPPRESSED);
  });

  it.each([
    ['period', 'period=2026-13'],
    ['period', 'period=2026-03..2026-05'],
    ['period', 'from=2026-01&period=26'],
    ['area', 'area=network:..%2Fetc'],
    ['area', 'area=province:atlantis'],
  ])('answers 400 invalid_query on %s for %s', async (path, query) => {
    const res = await consoleGet(`/api/v1/console/statistics?${query}`, admin);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('invalid_query');
    expect(error.issues?.map((i) => i.path)).toEqual([path]);
  });

  it('covers this year when no period is given', async () => {
    expect((await statistics('', admin)).period).toBe(new Date().toISOString().slice(0, 4));
  });
});

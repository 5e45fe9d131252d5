/** `GET /api/v1/comparison`: the line under the score, from the country's published size table. */
import { beforeAll, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import type { ComparisonResponse } from '../../core/statistics';
import { get } from './fetch';
import { CYBERWERF, registerPartner, storeResults } from './statistics-fixtures';

const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await registerPartner('hofstad', 'Hofstad', CYBERWERF);
  const hofstad = { partner: 'hofstad', day: today, sector: 'retail', network: CYBERWERF } as const;
  await storeResults(6, { ...hofstad, size: '2-9', answer: 'yes' });
  await storeResults(3, { ...hofstad, size: '10-49', answer: 'yes' });
  await storeResults(6, { ...hofstad, size: '1', answer: 'partial' });
});

const comparison = async (query: string) => {
  const res = await get(`/api/v1/comparison?${query}`);
  expect(res.status).toBe(200);
  return { res, body: (await res.json()) as ComparisonResponse };
};

it('words the mean score of a size band shown in the published table, cacheable by anyone', async () => {
  const { res, body } = await comparison('size=2-9&lang=nl');
  expect(body.line).toBe(`Bedrijven met 2 tot 9 mensen scoren gemiddeld 100 (alle checks in Nederland, ${today.slice(0, 4)}).`);
  expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600');
  expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  expect((await comparison('size=2-9&lang=en')).body.line).toMatch(/^Businesses with 2 to 9 people score 100 on average/);
});

it('has no line for a size band whose group is hidden', async () => {
  expect((await comparison('size=10-49')).body.line).toBeNull();
  expect((await comparison('size=250%2B')).body.line).toBeNull();
});

it('answers 400 for a size band that does not exist', async () => {
  const res = await get('/api/v1/comparison?size=12');
  expect(res.status).toBe(400);
  expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_query');
});

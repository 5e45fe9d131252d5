/**
 * @module `GET /api/v1/comparison`: how companies of each size score on average, from the
 * country's published size table of this year (last year's until this year shows any), for the
 * line under the score on the widget's result screen. Public and cacheable: the same for everyone.
 */
import { Hono } from 'hono';
import { COUNTRY, monthOf, publishPeriod, yearOf, type ComparisonResponse } from '../../core/statistics';
import { readYearTallies } from '../data/statistics';

/** Published figures change slowly; an hour spares the database on busy partner pages. */
const CACHE_CONTROL = 'public, max-age=3600';

async function sizeMeans(db: D1Database, year: string): Promise<ComparisonResponse> {
  const publication = publishPeriod(COUNTRY, year, await readYearTallies(db, COUNTRY, year));
  const sizes = publication.sizes.rows.flatMap((r) => (typeof r.mean === 'number' ? [{ id: r.id, mean: Math.round(r.mean) }] : []));
  return { period: year, sizes };
}

export const comparison = new Hono<{ Bindings: Env }>().get('/', async (c) => {
  const year = yearOf(monthOf(new Date()));
  const current = await sizeMeans(c.env.DB, year);
  const body = current.sizes.length > 0 ? current : await sizeMeans(c.env.DB, String(Number(year) - 1));
  return c.json(body, 200, { 'Cache-Control': CACHE_CONTROL });
});

/**
 * @module `GET /api/v1/comparison?size=&lang=`: how companies of one size score on average, from
 * the country's published size table of this year (last year's until this year shows that band),
 * for the line under the score on the widget's result screen. Public and cacheable: the same for
 * everyone who asks for that size and language.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { LANGS } from '../../core/bank/types';
import { SIZE_IDS, type SizeId } from '../../core/profile';
import { COUNTRY, comparisonLine, monthOf, publishPeriod, yearOf, type ComparisonResponse } from '../../core/statistics';
import { readYearTallies } from '../data/statistics';
import { validate } from '../http/validate';

/** Published figures change slowly; an hour spares the database on busy partner pages. */
const CACHE_CONTROL = 'public, max-age=3600';

const query = z.object({ size: z.enum(SIZE_IDS), lang: z._default(z.enum(LANGS), 'nl') });

/** The size band's published mean in `year`, or null where it is hidden or under five. */
async function sizeMean(db: D1Database, year: string, size: SizeId): Promise<number | null> {
  const publication = publishPeriod(COUNTRY, year, await readYearTallies(db, COUNTRY, year));
  return publication.sizes.rows.find((r) => r.id === size)?.mean ?? null;
}

export const comparison = new Hono<{ Bindings: Env }>().get('/', validate('query', query), async (c) => {
  const { size, lang } = c.req.valid('query');
  const thisYear = yearOf(monthOf(new Date()));
  let line: string | null = null;
  for (const year of [thisYear, String(Number(thisYear) - 1)]) {
    const mean = await sizeMean(c.env.DB, year, size);
    if (mean === null) continue;
    line = comparisonLine(lang, size, mean, year);
    break;
  }
  const body: ComparisonResponse = { line };
  return c.json(body, 200, { 'Cache-Control': CACHE_CONTROL });
});

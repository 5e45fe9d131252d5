/**
 * @module `GET /api/v1/console/statistics` and `.../statistics.csv`: one area's published tables
 * for one fixed period (core/statistics/publication.ts), the same figures in both. A network token
 * sees its own network; an admin token any network, province or the country.
 */
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import { networkArea, publishPeriod, type StatisticsResponse } from '../../core/statistics';
import { partnerNames, readYearTallies } from '../data/statistics';
import { otherNetwork, requireAccess, type Access, type AccessVariables } from '../http/access';
import { validate } from '../http/validate';
import { statisticsCsv } from './statistics-csv';
import { statisticsQuery } from './statistics-query';

type Console = { Bindings: Env; Variables: AccessVariables };

/** The access check per route, not `use()`: that would also cover every other `/api/v1/console/*` path. */
const guarded = [requireAccess, validate('query', statisticsQuery)] as const;

export const statistics = new Hono<Console>()
  .get('/statistics', ...guarded, async (c) => {
    const report = await statisticsFor(c.env.DB, c.var.access, c.req.valid('query'));
    return report === 'forbidden' ? otherNetwork(c) : c.json(report);
  })
  .get('/statistics.csv', ...guarded, async (c) => {
    const report = await statisticsFor(c.env.DB, c.var.access, c.req.valid('query'));
    if (report === 'forbidden') return otherNetwork(c);
    const name = report.area.replace(':', '-');
    return c.body(statisticsCsv(report), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="cyberscan-statistieken-${name}-${report.period}.csv"`,
    });
  });

/** A network token sees its own network only; an admin any area, the country by default. */
function areaFor(access: Access, requested: string | undefined): string | 'forbidden' {
  if (access.kind === 'admin') return requested ?? 'country';
  const own = networkArea(access.networkId);
  return requested === undefined || requested === own ? own : 'forbidden';
}

async function statisticsFor(db: D1Database, access: Access, query: z.output<typeof statisticsQuery>): Promise<StatisticsResponse | 'forbidden'> {
  const area = areaFor(access, query.area);
  if (area === 'forbidden') return area;
  const publication = publishPeriod(area, query.period, await readYearTallies(db, area, query.period.slice(0, 4)));
  const ids = [...publication.partners.rows, ...publication.referralPartners.rows].map((r) => r.id);
  return { ...publication, partnerNames: await partnerNames(db, [...new Set(ids)]) };
}

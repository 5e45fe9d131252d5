/**
 * @module `GET /api/v1/console/statistics` and `.../statistics.csv`: anonymous statistics for the
 * network console, from the statistics cells, with every small-group rule of core/statistics
 * applied the same way in both. A network token sees its own network (`network=` may only name
 * it); an admin token sees the whole country, or one network with `network=`.
 */
import { Hono } from 'hono';
import type { z } from 'zod';
import { reportStatistics, type StatisticsResponse } from '../../core/statistics';
import { readStatisticsSums } from '../data/statistics';
import { networkFilterFor, otherNetwork, requireAccess, type Access, type AccessVariables } from '../http/access';
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
    const { from, to, network } = report.filters;
    return c.body(statisticsCsv(report), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="cyberscan-statistieken-${network ?? 'landelijk'}-${from}-${to}.csv"`,
    });
  });

/** The answer for `query` as `access` may see it: a network token is held to its own network. */
async function statisticsFor(db: D1Database, access: Access, query: z.output<typeof statisticsQuery>): Promise<StatisticsResponse | 'forbidden'> {
  const network = networkFilterFor(access, query.network);
  if (network === 'forbidden') return network;
  const filters = {
    from: query.from,
    to: query.to,
    network,
    partner: query.partner ?? null,
    sector: query.sector ?? null,
    size: query.size ?? null,
  };
  return reportStatistics(filters, await readStatisticsSums(db, filters));
}

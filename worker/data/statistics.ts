/**
 * @module Statistics read from the cells and rollups (migrations/0007), never from raw results:
 * what a query costs depends on how many rows match, which is bounded however many results arrive.
 */
import {
  MIN_GROUP_SIZE, type GapCount, type PrincipleSum, type StatisticsFilters, type StatisticsSums,
} from '../../core/statistics';
import { ROLLUP, rebuildRollups } from './statistics-rollups';

interface PartnerRow {
  partner_id: string;
  partner_name: string;
  results: number;
  green: number;
  orange: number;
  red: number;
  referrals: number;
}

/** A query without a sector or size filter reads the rollups; with one, the cells themselves. */
const readsRollups = (filters: StatisticsFilters) => filters.sector === null && filters.size === null;

/**
 * The cells a query selects, as a WHERE clause over `stats_cells c` with its parameters. ?1 is
 * always the smallest reportable group: a cell below it is dropped here, before anything is
 * summed, which is what keeps every figure and every difference between figures a sum of groups
 * of at least five (core/statistics/suppression.ts); a rollup holds only such sums already. Absent
 * filters are left out of the SQL rather than written as `? IS NULL OR ...`, which would stop
 * SQLite from using the indexes. A sector or size filter never matches a rollup's '*'.
 */
function selectCells(filters: StatisticsFilters): { where: string; params: (string | number)[] } {
  const params: (string | number)[] = [MIN_GROUP_SIZE, filters.from, filters.to];
  const clauses = ['c.results >= ?1', 'c.month BETWEEN ?2 AND ?3'];
  if (readsRollups(filters)) clauses.push(`c.sector = '${ROLLUP}'`);
  const optional = [
    ['network_id', filters.network],
    ['partner_id', filters.partner],
    ['sector', filters.sector],
    ['size', filters.size],
  ] as const;
  for (const [column, value] of optional) {
    if (value === null) continue;
    params.push(value);
    clauses.push(`c.${column} = ?${params.length}`);
  }
  return { where: clauses.join(' AND '), params };
}

/** D1 types a batch's rows as unknown; each query's own row shape is written beside it. */
const rowsOf = <Row>(result: D1Result | undefined): Row[] => (result?.results ?? []) as Row[];

/**
 * The sums of the reportable cells that match `filters`, in one round trip: out-of-date rollups
 * are rebuilt first when the query reads rollups, in the same transaction.
 */
export async function readStatisticsSums(db: D1Database, filters: StatisticsFilters): Promise<StatisticsSums> {
  const { where, params } = selectCells(filters);
  const query = (sql: string) => db.prepare(sql).bind(...params);
  const rebuild = readsRollups(filters) ? rebuildRollups(db, filters) : [];
  const [partners, principles, gaps, versions] = (await db.batch([
    ...rebuild,
    query(`SELECT c.partner_id, coalesce(p.name, c.partner_id) AS partner_name, sum(c.results) AS results,
        sum(c.green) AS green, sum(c.orange) AS orange, sum(c.red) AS red, sum(c.referrals) AS referrals
      FROM stats_cells c LEFT JOIN partners p ON p.id = c.partner_id WHERE ${where} GROUP BY c.partner_id`),
    // A mean's own group is the results that scored the principle: at least five per cell too.
    query(`SELECT s.principle_id AS id, sum(s.score_sum) AS scoreSum, sum(s.scored) AS scored
      FROM stats_cells c JOIN stats_cell_principles s ON s.cell_id = c.id
      WHERE ${where} AND s.scored >= ?1 GROUP BY s.principle_id`),
    query(`SELECT g.question_id AS questionId, sum(g.gaps) AS gaps
      FROM stats_cells c JOIN stats_cell_gaps g ON g.cell_id = c.id WHERE ${where} GROUP BY g.question_id`),
    query(`SELECT DISTINCT v.bank_version AS version
      FROM stats_cells c JOIN stats_cell_versions v ON v.cell_id = c.id WHERE ${where} ORDER BY 1`),
  ])).slice(rebuild.length);
  return {
    partners: rowsOf<PartnerRow>(partners).map((p) => ({
      partnerId: p.partner_id,
      partnerName: p.partner_name,
      results: p.results,
      green: p.green,
      orange: p.orange,
      red: p.red,
      referrals: p.referrals,
    })),
    principles: rowsOf<PrincipleSum>(principles),
    gaps: rowsOf<GapCount>(gaps),
    bankVersions: rowsOf<{ version: string }>(versions).map((v) => v.version),
  };
}

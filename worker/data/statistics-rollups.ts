/**
 * @module Rollups: per network, month and partner, the sums of the reportable cells, kept as
 * stats_cells rows with sector and size '*' (migrations/0007). A query that filters on neither
 * sector nor size reads these few rows instead of every cell. They are rebuilt, in the query's own
 * batch, only for the months in its range that changed since they were last built.
 */
import { MIN_GROUP_SIZE, type StatisticsFilters } from '../../core/statistics';

/** Sector and size of a rollup row. */
export const ROLLUP = '*';

/** ?1 smallest group, ?2 and ?3 the period, ?4 the network when the query names one. */
function staleMonths(filters: StatisticsFilters): { months: string; params: (string | number)[] } {
  const params: (string | number)[] = [MIN_GROUP_SIZE, filters.from, filters.to];
  let months = 'SELECT network_id, month FROM stats_months WHERE rolled_up = 0 AND month BETWEEN ?2 AND ?3';
  if (filters.network !== null) {
    params.push(filters.network);
    months += ' AND network_id = ?4';
  }
  return { months, params };
}

/**
 * The statements that rebuild the out-of-date rollups a query over `filters` would read; run them
 * before the reads, in the same batch (one transaction), so the reads see them whole.
 */
export function rebuildRollups(db: D1Database, filters: StatisticsFilters): D1PreparedStatement[] {
  const { months, params } = staleMonths(filters);
  const inStaleMonth = `(c.network_id, c.month) IN (${months})`;
  const oldRollups = `SELECT c.id FROM stats_cells c WHERE c.sector = '${ROLLUP}' AND ${inStaleMonth}`;
  const reportableCells = `c.sector <> '${ROLLUP}' AND c.results >= ?1 AND ${inStaleMonth}`;
  /** The reportable cells of the stale months joined to `detail`, each with the rollup row `r` it adds to. */
  const intoRollups = (detail: string) => `FROM stats_cells c JOIN ${detail}
    JOIN stats_cells r ON r.network_id = c.network_id AND r.month = c.month AND r.partner_id = c.partner_id
      AND r.sector = '${ROLLUP}' AND r.size = '${ROLLUP}'
    WHERE ${reportableCells}`;
  const sql = [
    // Their principle, gap and version rows go with them (ON DELETE CASCADE).
    `DELETE FROM stats_cells WHERE id IN (${oldRollups})`,
    `INSERT INTO stats_cells (network_id, month, partner_id, sector, size, results, green, orange, red, referrals)
      SELECT c.network_id, c.month, c.partner_id, '${ROLLUP}', '${ROLLUP}',
        sum(c.results), sum(c.green), sum(c.orange), sum(c.red), sum(c.referrals)
      FROM stats_cells c WHERE ${reportableCells} GROUP BY c.network_id, c.month, c.partner_id`,
    // A principle only from cells where at least five results scored it, as the reads require.
    `INSERT INTO stats_cell_principles (cell_id, principle_id, score_sum, scored)
      SELECT r.id, s.principle_id, sum(s.score_sum), sum(s.scored)
      ${intoRollups('stats_cell_principles s ON s.cell_id = c.id AND s.scored >= ?1')}
      GROUP BY r.id, s.principle_id`,
    `INSERT INTO stats_cell_gaps (cell_id, question_id, gaps)
      SELECT r.id, g.question_id, sum(g.gaps) ${intoRollups('stats_cell_gaps g ON g.cell_id = c.id')}
      GROUP BY r.id, g.question_id`,
    `INSERT INTO stats_cell_versions (cell_id, bank_version)
      SELECT DISTINCT r.id, v.bank_version ${intoRollups('stats_cell_versions v ON v.cell_id = c.id')}`,
    `UPDATE stats_months SET rolled_up = 1 WHERE (network_id, month) IN (${months})`,
  ];
  return sql.map((statement) => db.prepare(statement).bind(...params));
}

-- Aggregates the results and referrals stored before 0007, into cells keyed exactly as
-- worker/data/statistics-cells.ts keys new ones (tests/worker/statistics-cells.test.ts proves both
-- give the same cells). Older rows never recorded their network, so they take their partner's
-- default network as it is now. A file of its own so `npm run bench` can run the same statements
-- over a bulk load. It assumes empty aggregate tables, as right after 0007.

INSERT INTO stats_cells (network_id, month, partner_id, sector, size, results, green, orange, red)
SELECT coalesce(p.default_network_id, 'unassigned'), substr(r.day, 1, 7), r.partner_id,
  coalesce(r.sector, 'unknown'), coalesce(r.size, 'unknown'),
  count(*), sum(r.band = 'green'), sum(r.band = 'orange'), sum(r.band = 'red')
FROM results r LEFT JOIN partners p ON p.id = r.partner_id
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_cells (network_id, month, partner_id, sector, size, referrals)
SELECT coalesce(p.default_network_id, 'unassigned'), substr(f.created_at, 1, 7), f.partner_id,
  coalesce(f.sector, 'unknown'), coalesce(f.size, 'unknown'), count(*)
FROM referrals f LEFT JOIN partners p ON p.id = f.partner_id
WHERE true
GROUP BY 1, 2, 3, 4, 5
ON CONFLICT (network_id, month, partner_id, sector, size) DO UPDATE SET referrals = excluded.referrals;

-- The cell of every result, once, for the three statements below. A plain table, dropped at the
-- end: D1 does not allow TEMP tables.
CREATE TABLE stats_backfill_result_cells AS
SELECT r.rowid AS result_id, c.id AS cell_id
FROM results r LEFT JOIN partners p ON p.id = r.partner_id
JOIN stats_cells c ON c.network_id = coalesce(p.default_network_id, 'unassigned')
  AND c.month = substr(r.day, 1, 7) AND c.partner_id = r.partner_id
  AND c.sector = coalesce(r.sector, 'unknown') AND c.size = coalesce(r.size, 'unknown');

INSERT INTO stats_cell_principles (cell_id, principle_id, score_sum, scored)
SELECT rc.cell_id, s.value ->> 'id', sum(coalesce(s.value ->> 'score', 0)), count(s.value ->> 'score')
FROM stats_backfill_result_cells rc JOIN results r ON r.rowid = rc.result_id, json_each(r.principle_scores) s
GROUP BY rc.cell_id, s.value ->> 'id';

INSERT INTO stats_cell_gaps (cell_id, question_id, gaps)
SELECT rc.cell_id, a.key, count(*)
FROM stats_backfill_result_cells rc JOIN results r ON r.rowid = rc.result_id, json_each(r.answers) a
WHERE a.value IN ('no', 'unknown')
GROUP BY rc.cell_id, a.key;

INSERT INTO stats_cell_versions (cell_id, bank_version)
SELECT DISTINCT rc.cell_id, r.bank_version
FROM stats_backfill_result_cells rc JOIN results r ON r.rowid = rc.result_id;

DROP TABLE stats_backfill_result_cells;

-- Every month with cells gets its rollups built by the first query that needs them.
INSERT INTO stats_months (network_id, month, rolled_up)
SELECT DISTINCT network_id, month, 0 FROM stats_cells;

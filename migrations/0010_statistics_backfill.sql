-- Builds the tallies of 0009 from the results and referrals stored before it, exactly as
-- core/statistics/tally.ts and the referral trigger count new ones (tests/worker/
-- statistics-backfill.test.ts proves both give the same tallies). Older results never recorded
-- where they belong, so they take their partner's default network as it is now and no province;
-- a referral erased before this migration has no postcode left, so no province either. A file of
-- its own so `npm run bench` can run the same statements over a bulk load. It assumes an empty
-- stats_tally, as right after 0009.

UPDATE results SET network_id = (SELECT default_network_id FROM partners WHERE id = results.partner_id)
WHERE network_id IS NULL;

-- Every result's areas, once, for the statements below. A plain table, dropped at the end: D1
-- does not allow TEMP tables.
CREATE TABLE stats_backfill_areas AS
SELECT rowid AS result_id, 'network:' || network_id AS area FROM results WHERE network_id IS NOT NULL
UNION ALL SELECT rowid, 'province:' || province FROM results WHERE province IS NOT NULL
UNION ALL SELECT rowid, 'country' FROM results;

-- D1 allows only a few terms in a compound SELECT: the six measures go in two statements.
WITH counted AS (
  SELECT a.area, substr(r.day, 1, 7) AS month, r.band, coalesce(r.sector, 'unknown') AS sector,
    coalesce(r.size, 'unknown') AS size, r.overall, r.partner_id
  FROM stats_backfill_areas a JOIN results r ON r.rowid = a.result_id
)
INSERT INTO stats_tally (area, month, measure, category, value)
SELECT area, month, measure, category, sum(value) FROM (
  SELECT area, month, 'results' AS measure, '' AS category, 1 AS value FROM counted
  UNION ALL SELECT area, month, 'band', band, 1 FROM counted
  UNION ALL SELECT area, month, 'sector', sector, 1 FROM counted
)
GROUP BY 1, 2, 3, 4;

WITH counted AS (
  SELECT a.area, substr(r.day, 1, 7) AS month, r.band, coalesce(r.sector, 'unknown') AS sector,
    coalesce(r.size, 'unknown') AS size, r.overall, r.partner_id
  FROM stats_backfill_areas a JOIN results r ON r.rowid = a.result_id
)
INSERT INTO stats_tally (area, month, measure, category, value)
SELECT area, month, measure, category, sum(value) FROM (
  SELECT area, month, 'size' AS measure, size AS category, 1 AS value FROM counted
  UNION ALL SELECT area, month, 'size-score-sum', size, overall FROM counted
  UNION ALL SELECT area, month, 'partner', partner_id, 1 FROM counted
)
GROUP BY 1, 2, 3, 4;

INSERT INTO stats_tally (area, month, measure, category, value)
SELECT a.area, substr(r.day, 1, 7), m.measure, s.value ->> 'id',
  sum(iif(m.measure = 'scored', 1, s.value ->> 'score'))
FROM stats_backfill_areas a JOIN results r ON r.rowid = a.result_id, json_each(r.principle_scores) s,
  (SELECT 'scored' AS measure UNION ALL SELECT 'score-sum') m
WHERE s.value ->> 'score' IS NOT NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO stats_tally (area, month, measure, category, value)
SELECT a.area, substr(r.day, 1, 7), 'answer-' || q.value, q.key, count(*)
FROM stats_backfill_areas a JOIN results r ON r.rowid = a.result_id, json_each(r.answers) q
WHERE q.value IN ('no', 'unknown')
GROUP BY 1, 2, 3, 4;

DROP TABLE stats_backfill_areas;

WITH referral_areas AS (
  SELECT 'network:' || network_id AS area, created_at, partner_id FROM referrals
  UNION ALL SELECT 'province:' || p.province, f.created_at, f.partner_id
    FROM referrals f JOIN province_ranges p ON f.postcode BETWEEN p.pc4_from AND p.pc4_to
  UNION ALL SELECT 'country', created_at, partner_id FROM referrals
)
INSERT INTO stats_tally (area, month, measure, category, value)
SELECT area, month, measure, category, count(*) FROM (
  SELECT area, substr(created_at, 1, 7) AS month, 'referrals' AS measure, '' AS category FROM referral_areas
  UNION ALL SELECT area, substr(created_at, 1, 7), 'referral-partner', partner_id FROM referral_areas
)
GROUP BY 1, 2, 3, 4;

-- Builds the tallies of 0009 from the results and referrals stored before it, exactly as
-- core/statistics/tally.ts and the referral trigger count new ones (tests/worker/
-- statistics-backfill.test.ts proves both give the same tallies). Older results never recorded
-- where they belong, so they take their partner's default network as it is now and no province;
-- a referral erased before this migration has no postcode left, so no province either. A file of
-- its own so `npm run bench` can run the same statements over a bulk load. It assumes an empty
-- stats_tally, as right after 0009.

UPDATE results SET network_id = (SELECT default_network_id FROM partners WHERE id = results.partner_id)
WHERE network_id IS NULL;

-- First per month, network and province (one pass over the results and their JSON), then into
-- each area: the country sums many such groups. A plain table, dropped at the end: D1 does not
-- allow TEMP tables. D1 allows only a few terms in a compound SELECT, hence several statements.
CREATE TABLE stats_backfill (
  month TEXT, network_id TEXT, province TEXT, measure TEXT, category TEXT, value INTEGER
);

WITH counted AS (
  SELECT substr(day, 1, 7) AS month, network_id, province, band, coalesce(sector, 'unknown') AS sector,
    coalesce(size, 'unknown') AS size, overall, partner_id
  FROM results
)
INSERT INTO stats_backfill
SELECT month, network_id, province, measure, category, sum(value) FROM (
  SELECT month, network_id, province, 'results' AS measure, '' AS category, 1 AS value FROM counted
  UNION ALL SELECT month, network_id, province, 'band', band, 1 FROM counted
  UNION ALL SELECT month, network_id, province, 'sector', sector, 1 FROM counted
)
GROUP BY 1, 2, 3, 4, 5;

WITH counted AS (
  SELECT substr(day, 1, 7) AS month, network_id, province, coalesce(size, 'unknown') AS size, overall, partner_id
  FROM results
)
INSERT INTO stats_backfill
SELECT month, network_id, province, measure, category, sum(value) FROM (
  SELECT month, network_id, province, 'size' AS measure, size AS category, 1 AS value FROM counted
  UNION ALL SELECT month, network_id, province, 'size-score-sum', size, overall FROM counted
  UNION ALL SELECT month, network_id, province, 'partner', partner_id, 1 FROM counted
)
GROUP BY 1, 2, 3, 4, 5;

WITH principles AS MATERIALIZED (
  SELECT substr(r.day, 1, 7) AS month, r.network_id, r.province, s.value ->> 'id' AS id,
    count(*) AS scored, sum(s.value ->> 'score') AS score_sum
  FROM results r, json_each(r.principle_scores) s
  WHERE s.value ->> 'score' IS NOT NULL
  GROUP BY 1, 2, 3, 4
)
INSERT INTO stats_backfill
SELECT month, network_id, province, 'scored', id, scored FROM principles
UNION ALL SELECT month, network_id, province, 'score-sum', id, score_sum FROM principles;

INSERT INTO stats_backfill
SELECT substr(r.day, 1, 7), r.network_id, r.province, 'answer-' || q.value, q.key, count(*)
FROM results r, json_each(r.answers) q
WHERE q.value IN ('no', 'unknown')
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_tally (area, month, measure, category, value)
SELECT area, month, measure, category, sum(value) FROM (
  SELECT 'network:' || network_id AS area, month, measure, category, value FROM stats_backfill WHERE network_id IS NOT NULL
  UNION ALL SELECT 'province:' || province, month, measure, category, value FROM stats_backfill WHERE province IS NOT NULL
  UNION ALL SELECT 'country', month, measure, category, value FROM stats_backfill
)
GROUP BY 1, 2, 3, 4;

DROP TABLE stats_backfill;

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

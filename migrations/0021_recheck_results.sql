-- A re-check (issue 10, core/recheck.ts): the check done again from an earlier result. Its
-- anonymous result says so, with the earlier result's band and whether the network invited it
-- after the students' scan, so statistics can show improvement. Nothing more: no date, score or
-- id of the earlier result, so two results of one business can never be chained, and no time
-- finer than the day the result already keeps. Both NULL for a first check, both set otherwise.
ALTER TABLE results ADD COLUMN recheck_previous_band TEXT
  CHECK (recheck_previous_band IS NULL OR recheck_previous_band IN ('green', 'orange', 'red'));
ALTER TABLE results ADD COLUMN recheck_after_scan INTEGER
  CHECK ((recheck_after_scan IS NULL) = (recheck_previous_band IS NULL) AND (recheck_after_scan IS NULL OR recheck_after_scan IN (0, 1)));

-- The tallies gain the re-check tables (core/statistics/tables.ts): per kind and per earlier
-- band, each with its score sum, and the number of re-checks. Only re-checks are tallied, so
-- the rows already there stay exactly as they are (first checks are results less re-checks).
-- SQLite cannot widen a CHECK in place: the table is rebuilt, and the referral trigger, which
-- writes to it, is made again as 0009 made it.
DROP TRIGGER stats_count_referral;

CREATE TABLE stats_tally_new (
  area TEXT NOT NULL CHECK (area = 'country' OR area GLOB 'network:?*' OR area GLOB 'province:?*'),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  measure TEXT NOT NULL CHECK (measure IN (
    'results', 'band', 'sector', 'size', 'partner', 'referrals', 'referral-partner',
    'answer-no', 'answer-unknown', 'scored', 'score-sum', 'size-score-sum',
    'check-kind', 'check-kind-score-sum', 'rechecks', 'previous-band', 'previous-band-score-sum'
  )),
  category TEXT NOT NULL,
  value INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (area, month, measure, category)
) WITHOUT ROWID;

INSERT INTO stats_tally_new (area, month, measure, category, value) SELECT area, month, measure, category, value FROM stats_tally;
DROP TABLE stats_tally;
ALTER TABLE stats_tally_new RENAME TO stats_tally;

CREATE TRIGGER stats_count_referral AFTER INSERT ON referrals
BEGIN
  INSERT INTO stats_tally (area, month, measure, category, value)
  SELECT a.area, substr(NEW.created_at, 1, 7), m.measure, m.category, 1
  FROM (
    SELECT 'network:' || NEW.network_id AS area
    UNION ALL SELECT 'province:' || province FROM province_ranges WHERE NEW.postcode BETWEEN pc4_from AND pc4_to
    UNION ALL SELECT 'country'
  ) a, (SELECT 'referrals' AS measure, '' AS category UNION ALL SELECT 'referral-partner', NEW.partner_id) m
  WHERE true
  ON CONFLICT (area, month, measure, category) DO UPDATE SET value = value + 1;
END;

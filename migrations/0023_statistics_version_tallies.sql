-- Statistics say which bank versions a figure mixes (core/statistics/tables.ts, measure
-- 'version'): every result also counts once under its bank version, so a period's counts, colours
-- and means can name the versions their results answered, and the table of versions is published
-- under the same suppression as the others. stats_tally's CHECK lists its measures, so the table
-- is rebuilt with 'version' added (beside 0021's re-check measures); the referral trigger writes to it and is made again as 0009 had it.

DROP TRIGGER stats_count_referral;

CREATE TABLE stats_tally_0023 (
  area TEXT NOT NULL CHECK (area = 'country' OR area GLOB 'network:?*' OR area GLOB 'province:?*'),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  measure TEXT NOT NULL CHECK (measure IN (
    'results', 'band', 'sector', 'size', 'partner', 'referrals', 'referral-partner',
    'answer-no', 'answer-unknown', 'scored', 'score-sum', 'size-score-sum',
    'check-kind', 'check-kind-score-sum', 'rechecks', 'previous-band', 'previous-band-score-sum',
    'version'
  )),
  category TEXT NOT NULL,
  value INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (area, month, measure, category)
) WITHOUT ROWID;

INSERT INTO stats_tally_0023 (area, month, measure, category, value)
SELECT area, month, measure, category, value FROM stats_tally;

DROP TABLE stats_tally;
ALTER TABLE stats_tally_0023 RENAME TO stats_tally;

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

-- The results stored before this migration, counted per version in every area they count for, as
-- core/statistics/tally.ts counts a new one.
INSERT INTO stats_tally (area, month, measure, category, value)
SELECT area, month, 'version', bank_version, count(*) FROM (
  SELECT 'network:' || network_id AS area, substr(day, 1, 7) AS month, bank_version FROM results WHERE network_id IS NOT NULL
  UNION ALL SELECT 'province:' || province, substr(day, 1, 7), bank_version FROM results WHERE province IS NOT NULL
  UNION ALL SELECT 'country', substr(day, 1, 7), bank_version FROM results
)
GROUP BY 1, 2, 3, 4;

-- Statistics as a publication (core/statistics): one-way tables per area (network, province,
-- country) and fixed period, kept as monthly tallies. Replaces the cells of 0007, whose keys
-- (network x month x partner x sector x size) were so fine that most results fell in cells of
-- one to four and were dropped before summing.

-- Where a result counts, decided at ingestion (worker/routes/results.ts): the page's network, else
-- the network of the postcode the visitor gave, else the partner's default network, else none
-- (national only). The province comes from that postcode. The postcode itself is never stored.
ALTER TABLE results ADD COLUMN network_id TEXT CHECK (network_id IS NULL OR network_id <> '');
ALTER TABLE results ADD COLUMN province TEXT CHECK (province IS NULL OR province <> '');

DROP TRIGGER stats_count_referral;
DROP TABLE stats_cell_principles;
DROP TABLE stats_cell_gaps;
DROP TABLE stats_cell_versions;
DROP TABLE stats_months;
DROP TABLE stats_cells;

-- One count (or score sum) per area, month, measure and category (core/statistics/tables.ts).
-- A published figure sums at most twelve months of one area: its cost does not grow with the
-- number of results. Nothing here is published as it is: core/statistics/publication.ts applies
-- primary and secondary suppression to whole years of it.
CREATE TABLE stats_tally (
  -- 'network:<id>', 'province:<id>' or 'country'.
  area TEXT NOT NULL CHECK (area = 'country' OR area GLOB 'network:?*' OR area GLOB 'province:?*'),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  measure TEXT NOT NULL CHECK (measure IN (
    'results', 'band', 'sector', 'size', 'partner', 'referrals', 'referral-partner',
    'answer-no', 'answer-unknown', 'scored', 'score-sum', 'size-score-sum'
  )),
  category TEXT NOT NULL,
  value INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (area, month, measure, category)
) WITHOUT ROWID;

-- A referral counts for the network it was delivered to, its province (from its postcode) and the
-- country, in the transaction that stores it; a repeated request inserts nothing, so counts
-- once. The count stays when the referral is later erased or withdrawn, as the inbox keeps the
-- row. `WHERE true` is SQLite's rule for an upsert after a SELECT.
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

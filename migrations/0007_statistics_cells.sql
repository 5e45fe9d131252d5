-- Statistics aggregates, kept up to date as results and referrals arrive, so a statistics query
-- reads a number of cells bounded by networks x months x partners x sectors x sizes, never the
-- raw results. Nothing here is tied to a visitor: a cell is a count of results sharing five coarse
-- attributes, and statistics report only cells of at least 5 results (core/statistics).

-- One cell per combination a query can filter on; its counts are what the filters can select.
-- A row with sector '*' and size '*' is a rollup instead: the sums of the reportable cells (at
-- least 5 results) of its network, month and partner, which a query that filters on neither
-- sector nor size reads in place of many cells (worker/data/statistics-rollups.ts). Being sums of
-- reportable cells, a rollup's counts pass every small-group rule the cells pass.
CREATE TABLE stats_cells (
  id INTEGER PRIMARY KEY,
  -- The partner's default network when the result arrived, or 'unassigned'. Never a postcode: a
  -- PC4 with a sector and size can identify a sole trader. Kept as it was, so that a partner
  -- moving to another network later does not move its history.
  network_id TEXT NOT NULL CHECK (network_id <> ''),
  -- 'YYYY-MM' of the result's day: the finest period statistics can ask for.
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  -- No foreign key, like results: statistics outlive a partner's configuration.
  partner_id TEXT NOT NULL CHECK (partner_id <> ''),
  -- A core/profile id, 'unknown' when the visitor skipped it, or '*' in a rollup.
  sector TEXT NOT NULL CHECK (sector <> ''),
  size TEXT NOT NULL CHECK (size <> ''),
  results INTEGER NOT NULL DEFAULT 0 CHECK (results >= 0),
  green INTEGER NOT NULL DEFAULT 0 CHECK (green >= 0),
  orange INTEGER NOT NULL DEFAULT 0 CHECK (orange >= 0),
  red INTEGER NOT NULL DEFAULT 0 CHECK (red >= 0),
  -- Referrals made through this partner's widget, counted by the trigger below. A count only,
  -- which stays whatever retention or a withdrawal later does to the referral.
  referrals INTEGER NOT NULL DEFAULT 0 CHECK (referrals >= 0),
  CHECK (green + orange + red = results),
  UNIQUE (network_id, month, partner_id, sector, size)
);

-- National queries filter by period only; network queries use the UNIQUE index above. Queries
-- that read rollups find those few rows through their own index, not among all the cells.
CREATE INDEX stats_cells_by_month ON stats_cells (month);
CREATE INDEX stats_rollups_by_month ON stats_cells (month, network_id) WHERE sector = '*';

-- Whether the rollups of a network and month are up to date: a new result or referral in any of
-- its cells sets rolled_up to 0, and the next query that reads rollups rebuilds them. Results
-- carry the day they arrive, so only the current month keeps changing; older rollups are built
-- once and then read as they are.
CREATE TABLE stats_months (
  network_id TEXT NOT NULL,
  month TEXT NOT NULL,
  rolled_up INTEGER NOT NULL DEFAULT 0 CHECK (rolled_up IN (0, 1)),
  PRIMARY KEY (network_id, month)
) WITHOUT ROWID;

-- Per cell and principle: the sum of the principle scores and how many results had one (a
-- principle answered "not applicable" throughout has no score), so a mean is sum / scored.
CREATE TABLE stats_cell_principles (
  cell_id INTEGER NOT NULL REFERENCES stats_cells (id) ON DELETE CASCADE,
  principle_id TEXT NOT NULL CHECK (principle_id <> ''),
  score_sum INTEGER NOT NULL CHECK (score_sum >= 0),
  scored INTEGER NOT NULL CHECK (scored >= 0),
  PRIMARY KEY (cell_id, principle_id)
) WITHOUT ROWID;

-- Per cell and question: how many results answered "no" or "don't know".
CREATE TABLE stats_cell_gaps (
  cell_id INTEGER NOT NULL REFERENCES stats_cells (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL CHECK (question_id <> ''),
  gaps INTEGER NOT NULL CHECK (gaps > 0),
  PRIMARY KEY (cell_id, question_id)
) WITHOUT ROWID;

-- Which bank versions a cell's results answered, so statistics can say when they mix versions.
-- Presence only: splitting the counts by version would make the cells smaller.
CREATE TABLE stats_cell_versions (
  cell_id INTEGER NOT NULL REFERENCES stats_cells (id) ON DELETE CASCADE,
  bank_version TEXT NOT NULL CHECK (bank_version <> ''),
  PRIMARY KEY (cell_id, bank_version)
) WITHOUT ROWID;

-- A trigger rather than code in worker/data/referrals.ts: the count goes in the same transaction
-- as the referral whichever code path inserts it, and it stays when the referral is erased or
-- withdrawn. A repeated request inserts nothing (ON CONFLICT DO NOTHING), so it counts once. The
-- cell is the partner's, keyed like its results, so conversion compares like with like; `WHERE
-- true` is SQLite's rule for an upsert after a SELECT.
CREATE TRIGGER stats_count_referral AFTER INSERT ON referrals
BEGIN
  INSERT INTO stats_cells (network_id, month, partner_id, sector, size, referrals)
  SELECT coalesce((SELECT default_network_id FROM partners WHERE id = NEW.partner_id), 'unassigned'),
    substr(NEW.created_at, 1, 7), NEW.partner_id, coalesce(NEW.sector, 'unknown'), coalesce(NEW.size, 'unknown'), 1
  WHERE true
  ON CONFLICT (network_id, month, partner_id, sector, size) DO UPDATE SET referrals = referrals + 1;
  INSERT INTO stats_months (network_id, month, rolled_up)
  SELECT coalesce((SELECT default_network_id FROM partners WHERE id = NEW.partner_id), 'unassigned'),
    substr(NEW.created_at, 1, 7), 0
  WHERE true
  ON CONFLICT (network_id, month) DO UPDATE SET rolled_up = 0;
END;

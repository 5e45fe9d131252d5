-- Anonymous assessment results, for statistics per region, sector and size. Deliberately
-- without any visitor identifier: no IP, user agent, referrer, cookie, time of day or
-- submission id. A day is precise enough and cannot single out a visit.

CREATE TABLE results (
  -- UTC date, 'YYYY-MM-DD'.
  day TEXT NOT NULL CHECK (length(day) = 10 AND date(day) IS day),
  -- No foreign key: statistics outlive a partner's configuration.
  partner_id TEXT NOT NULL CHECK (partner_id <> ''),
  bank_version TEXT NOT NULL CHECK (bank_version <> ''),
  lang TEXT NOT NULL CHECK (lang <> ''),
  -- JSON object {questionId: answer}.
  answers TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'object'),
  -- JSON array [{id, score}], score null for a principle answered "not applicable" throughout.
  principle_scores TEXT NOT NULL CHECK (json_valid(principle_scores) AND json_type(principle_scores) = 'array'),
  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
  band TEXT NOT NULL CHECK (band IN ('green', 'orange', 'red')),
  -- Coarse bands from core/profile, both optional; checked by the worker, so adding a band needs
  -- no table rebuild.
  sector TEXT,
  size TEXT
);

CREATE INDEX results_by_day ON results (day);

-- Submissions already stored, so a browser's retry does not count twice. Kept apart from
-- `results` so no row there can be tied back to a browser; the day lets a cron forget old keys.
CREATE TABLE submission_keys (
  -- SHA-256 of the browser's submission id, lower-case hex.
  key_hash TEXT PRIMARY KEY CHECK (length(key_hash) = 64 AND key_hash NOT GLOB '*[^0-9a-f]*'),
  day TEXT NOT NULL CHECK (length(day) = 10 AND date(day) IS day)
) WITHOUT ROWID;

CREATE INDEX submission_keys_by_day ON submission_keys (day);

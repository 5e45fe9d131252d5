-- The console for daily work (issue 13): tokens belong to a named person, sign-in exchanges a
-- token for a session, the history names who changed what and why, and a planned scan has a date.

-- The person a token belongs to ("Sanne de Boer"): the history and the export name them. Existing
-- tokens keep '' and show their label instead, until they are replaced by named ones.
ALTER TABLE access_tokens ADD COLUMN person_name TEXT NOT NULL DEFAULT '' CHECK (length(person_name) <= 100);

-- A signed-in console: the browser holds a random session id in an HttpOnly cookie, the database
-- only its SHA-256, so a leaked database gives no working session. A session ends when idle too
-- long, at its absolute end, on sign-out (revoked_at), or when its token is revoked (the lookup
-- joins the token). The CSRF token a state change sends is derived from the session id
-- (worker/data/sessions.ts), so it needs no column of its own.
CREATE TABLE console_sessions (
  id INTEGER PRIMARY KEY,
  session_hash TEXT NOT NULL UNIQUE CHECK (length(session_hash) = 64),
  token_id INTEGER NOT NULL REFERENCES access_tokens (id) ON DELETE CASCADE,
  -- ISO 8601 UTC.
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE INDEX console_sessions_by_token ON console_sessions (token_id);

-- Who made a status change (the token's person, or its label) and, for a reopening or a
-- duplicate, why. Names a coordinator, never the entrepreneur; erasure deletes nothing here, as
-- the history of an erased referral still says who worked on it.
ALTER TABLE referral_status_changes ADD COLUMN changed_by_name TEXT NOT NULL DEFAULT '' CHECK (length(changed_by_name) <= 100);
ALTER TABLE referral_status_changes ADD COLUMN reason TEXT CHECK (reason IS NULL OR length(reason) <= 500);

-- A planned scan: the day (YYYY-MM-DD, no time: the network agrees that with the company) and
-- optionally who goes. `scan_planned_by` may name students, so erasure clears it.
ALTER TABLE referrals ADD COLUMN scan_planned_on TEXT CHECK (scan_planned_on IS NULL OR scan_planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE referrals ADD COLUMN scan_planned_by TEXT CHECK (scan_planned_by IS NULL OR length(scan_planned_by) <= 100);

-- A referral closed as a duplicate points at the one the network goes on with.
ALTER TABLE referrals ADD COLUMN duplicate_of TEXT CHECK (duplicate_of IS NULL OR length(duplicate_of) = 12);

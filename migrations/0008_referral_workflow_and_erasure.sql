-- The network console's workflow and the entrepreneur's right to erasure (AVG art. 17).
--
-- * A referral's personal data can now be erased while an anonymous row stays behind for counts
--   (network, partner, status, created day, band, sector, size): the personal columns become
--   nullable, `erased_at` marks an erased row, and two CHECKs make erasure all-or-nothing, so a
--   half-erased row cannot exist.
-- * `cancelled` delivery: erased before delivery, so the queue and the sweep leave it alone.
-- * `withdrawn`: the entrepreneur withdrew the request (POST /withdraw); `withdrawn_at` says when.
-- * `note`: the network's short internal note. It may name people, so erasure clears it too.
-- * `referral_status_changes`: who moved a referral to which status, and when (no names).
--
-- The table is rebuilt as in 0006 (SQLite cannot change a column's constraints in place), with
-- `delivery_attempts` set aside and put back so its ON DELETE CASCADE does not empty it.

CREATE TABLE referrals_new (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  reference TEXT NOT NULL UNIQUE CHECK (length(reference) = 12 AND reference GLOB 'CS-????-????'),
  idempotency_key_hash TEXT NOT NULL UNIQUE CHECK (length(idempotency_key_hash) = 64),
  -- After erasure only the day is kept (T00:00:00.000Z): the time of day helps no count.
  created_at TEXT NOT NULL,
  partner_id TEXT NOT NULL CHECK (partner_id <> ''),
  network_id TEXT NOT NULL REFERENCES networks (id),
  postcode INTEGER CHECK (postcode IS NULL OR postcode BETWEEN 1000 AND 9999),
  company_name TEXT CHECK (company_name IS NULL OR company_name <> ''),
  contact_name TEXT CHECK (contact_name IS NULL OR contact_name <> ''),
  email TEXT CHECK (email IS NULL OR email LIKE '_%@_%'),
  phone TEXT,
  sector TEXT,
  size TEXT,
  message TEXT,
  share_answers INTEGER NOT NULL CHECK (share_answers IN (0, 1)),
  answers TEXT CHECK (answers IS NULL OR (json_valid(answers) AND json_type(answers) = 'object')),
  bank_version TEXT NOT NULL,
  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
  band TEXT NOT NULL CHECK (band IN ('green', 'orange', 'red')),
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'contacted', 'scan_planned', 'scan_done', 'declined', 'withdrawn')),
  -- 'cancelled': erased before it reached the network, so there is nothing left to deliver.
  delivery_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (delivery_status IN ('pending', 'queued', 'delivered', 'failed', 'cancelled')),
  queued_at TEXT,
  delivered_at TEXT,
  closed_at TEXT,
  lang TEXT NOT NULL CHECK (lang <> ''),
  note TEXT CHECK (note IS NULL OR length(note) <= 500),
  withdrawn_at TEXT,
  erased_at TEXT,
  -- A live referral has its contact data; an erased one has none of it left.
  CHECK (erased_at IS NOT NULL OR (postcode IS NOT NULL AND company_name IS NOT NULL AND contact_name IS NOT NULL AND email IS NOT NULL)),
  CHECK (erased_at IS NULL OR (postcode IS NULL AND company_name IS NULL AND contact_name IS NULL AND email IS NULL
    AND phone IS NULL AND message IS NULL AND answers IS NULL AND note IS NULL)),
  -- `share_answers` stays after erasure as a count of how many chose to share.
  CHECK (erased_at IS NOT NULL OR (share_answers = 1) = (answers IS NOT NULL)),
  CHECK (status <> 'withdrawn' OR withdrawn_at IS NOT NULL),
  CHECK (delivery_status <> 'delivered' OR delivered_at IS NOT NULL)
);

INSERT INTO referrals_new (id, reference, idempotency_key_hash, created_at, partner_id, network_id, postcode,
  company_name, contact_name, email, phone, sector, size, message, share_answers, answers, bank_version, overall,
  band, status, delivery_status, queued_at, delivered_at, closed_at, lang)
SELECT id, reference, idempotency_key_hash, created_at, partner_id, network_id, postcode,
  company_name, contact_name, email, phone, sector, size, message, share_answers, answers, bank_version, overall,
  band, status, delivery_status, queued_at, delivered_at, closed_at, lang
FROM referrals;

CREATE TABLE delivery_attempts_kept AS
SELECT id, referral_id, channel_kind, attempted_at, outcome, detail FROM delivery_attempts;

DROP TABLE delivery_attempts;
DROP TABLE referrals;
ALTER TABLE referrals_new RENAME TO referrals;

CREATE INDEX referrals_undelivered ON referrals (created_at)
  WHERE delivery_status IN ('pending', 'queued');

-- The console lists a network's referrals newest first, a page at a time.
CREATE INDEX referrals_by_network ON referrals (network_id, created_at, reference);

-- The daily retention job looks for live referrals that were closed or made long enough ago.
CREATE INDEX referrals_live ON referrals (created_at) WHERE erased_at IS NULL;

CREATE TABLE delivery_attempts (
  id INTEGER PRIMARY KEY,
  referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  channel_kind TEXT NOT NULL CHECK (channel_kind IN ('webhook', 'email')),
  attempted_at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error')),
  detail TEXT NOT NULL CHECK (length(detail) <= 200)
);

INSERT INTO delivery_attempts (id, referral_id, channel_kind, attempted_at, outcome, detail)
SELECT id, referral_id, channel_kind, attempted_at, outcome, detail FROM delivery_attempts_kept;

DROP TABLE delivery_attempts_kept;

CREATE INDEX delivery_attempts_by_referral ON delivery_attempts (referral_id, attempted_at);

-- Each status change: by a network's token, an admin token, or the entrepreneur (withdrawal).
-- No token id or name: the kind of actor is what the workflow needs, and it names no one.
CREATE TABLE referral_status_changes (
  id INTEGER PRIMARY KEY,
  referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  changed_by TEXT NOT NULL CHECK (changed_by IN ('network', 'admin', 'entrepreneur'))
);

CREATE INDEX referral_status_changes_by_referral ON referral_status_changes (referral_id, changed_at);

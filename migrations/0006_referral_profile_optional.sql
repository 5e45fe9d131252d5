-- Sector and size become optional in a referral: the widget's profile step may be skipped, and a
-- referral form that insists on them loses entrepreneurs for facts the network asks on the phone.
--
-- SQLite cannot drop NOT NULL in place, so `referrals` is rebuilt. Every other column, constraint
-- and index stays as in 0003. `delivery_attempts` is rebuilt around it: dropping the parent table
-- while a child still references it would fire ON DELETE CASCADE and empty the attempts log (D1
-- enforces foreign keys, and PRAGMA foreign_keys cannot be switched off inside a migration). So the
-- attempts are set aside in a plain copy first and put back last.

CREATE TABLE referrals_new (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  reference TEXT NOT NULL UNIQUE CHECK (length(reference) = 12 AND reference GLOB 'CS-????-????'),
  idempotency_key_hash TEXT NOT NULL UNIQUE CHECK (length(idempotency_key_hash) = 64),
  created_at TEXT NOT NULL,
  partner_id TEXT NOT NULL CHECK (partner_id <> ''),
  network_id TEXT NOT NULL REFERENCES networks (id),
  postcode INTEGER NOT NULL CHECK (postcode BETWEEN 1000 AND 9999),
  company_name TEXT NOT NULL CHECK (company_name <> ''),
  contact_name TEXT NOT NULL CHECK (contact_name <> ''),
  email TEXT NOT NULL CHECK (email LIKE '_%@_%'),
  phone TEXT,
  -- Coarse bands from core/profile, checked by the worker; NULL when the entrepreneur skipped them.
  sector TEXT,
  size TEXT,
  message TEXT,
  share_answers INTEGER NOT NULL CHECK (share_answers IN (0, 1)),
  answers TEXT CHECK (answers IS NULL OR (json_valid(answers) AND json_type(answers) = 'object')),
  bank_version TEXT NOT NULL,
  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
  band TEXT NOT NULL CHECK (band IN ('green', 'orange', 'red')),
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'contacted', 'scan_planned', 'scan_done', 'declined')),
  delivery_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (delivery_status IN ('pending', 'queued', 'delivered', 'failed')),
  queued_at TEXT,
  delivered_at TEXT,
  closed_at TEXT,
  lang TEXT NOT NULL CHECK (lang <> ''),
  CHECK ((share_answers = 1) = (answers IS NOT NULL)),
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

-- Referrals: a company asks its regional network for a full scan. This is personal data the
-- entrepreneur gives in order to be contacted, so it is kept whole, and deleted when no longer
-- needed. The anonymous `results` never point here, nor the other way round.

CREATE TABLE referrals (
  -- A random UUID, never shown to anyone.
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  -- What the entrepreneur and the network quote to each other, e.g. 'CS-7K4P-2QX9'.
  reference TEXT NOT NULL UNIQUE CHECK (length(reference) = 12 AND reference GLOB 'CS-????-????'),
  -- SHA-256 (hex) of the browser's idempotency key: the same request twice makes one referral.
  idempotency_key_hash TEXT NOT NULL UNIQUE CHECK (length(idempotency_key_hash) = 64),
  -- ISO 8601 UTC, as Date.prototype.toISOString writes it, so text order is time order.
  created_at TEXT NOT NULL,
  partner_id TEXT NOT NULL CHECK (partner_id <> ''),
  network_id TEXT NOT NULL REFERENCES networks (id),
  -- PC4 only: enough for the network to know the company is theirs.
  postcode INTEGER NOT NULL CHECK (postcode BETWEEN 1000 AND 9999),
  company_name TEXT NOT NULL CHECK (company_name <> ''),
  contact_name TEXT NOT NULL CHECK (contact_name <> ''),
  email TEXT NOT NULL CHECK (email LIKE '_%@_%'),
  phone TEXT,
  sector TEXT NOT NULL,
  size TEXT NOT NULL,
  message TEXT,
  -- Sharing the answers with the network is a separate, optional choice.
  share_answers INTEGER NOT NULL CHECK (share_answers IN (0, 1)),
  answers TEXT CHECK (answers IS NULL OR (json_valid(answers) AND json_type(answers) = 'object')),
  bank_version TEXT NOT NULL,
  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
  band TEXT NOT NULL CHECK (band IN ('green', 'orange', 'red')),
  -- Where the scan stands; the network reports progress.
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

-- The cron sweep looks for referrals that never reached their network.
CREATE INDEX referrals_undelivered ON referrals (created_at)
  WHERE delivery_status IN ('pending', 'queued');

-- Each try to deliver a referral; `detail` is an HTTP status or an error message, never the payload.
CREATE TABLE delivery_attempts (
  id INTEGER PRIMARY KEY,
  referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  channel_kind TEXT NOT NULL CHECK (channel_kind IN ('webhook', 'email')),
  attempted_at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error')),
  detail TEXT NOT NULL CHECK (length(detail) <= 200)
);

CREATE INDEX delivery_attempts_by_referral ON delivery_attempts (referral_id, attempted_at);

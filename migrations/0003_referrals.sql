-- Referrals: a company asks its regional network for a full scan. This is personal data the
-- entrepreneur gives in order to be contacted, so it is kept whole while needed, then erased
-- (AVG art. 17): by the daily retention job, or when the entrepreneur withdraws the request. The
-- anonymous `results` never point here, nor the other way round.
--
-- * Erasure clears every personal column and keeps an anonymous row for counts (network, partner,
--   status, created day, band, sector, size): the personal columns are nullable, `erased_at` marks
--   an erased row, and two CHECKs make erasure all-or-nothing, so a half-erased row cannot exist.
--   A new column with personal data must be added to both CHECKs (and to the erasure code).
-- * `withdrawn`: the entrepreneur withdrew the request (POST /withdraw); `withdrawn_at` says when.
-- * `withdrawal_notice`: a withdrawal is passed on to the network (AVG art. 19: recipients are told
--   of an erasure), as a notice without personal data on its delivery channels
--   (worker/delivery/deliver-withdrawal.ts). NULL for a referral never withdrawn; 'pending' until
--   the queue takes it, 'queued' while the consumer tries, then 'sent' (a channel took it) or
--   'failed' (every try failed). The last two stay, naming no one, so an operator can show that
--   the network was told. `withdrawal_notice_at` is when it last changed: the cron sweep queues a
--   'pending' notice again after ten minutes and a 'queued' one after its retries must be over, as
--   it does for referrals.
-- * `note`: the network's short internal note. It may name people, so erasure clears it too.
--
-- SQLite cannot change a column's constraints in place: a later change to one of these columns
-- means rebuilding the table, with `delivery_attempts` and `referral_status_changes` set aside in
-- plain copies first and put back last. Dropping `referrals` while a child still references it
-- would fire ON DELETE CASCADE and empty them (D1 enforces foreign keys, and PRAGMA foreign_keys
-- cannot be switched off inside a migration). A nullable column can be added in place instead.

CREATE TABLE referrals (
  -- A random UUID, never shown to anyone.
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  -- What the entrepreneur and the network quote to each other, e.g. 'CS-7K4P-2QX9'.
  reference TEXT NOT NULL UNIQUE CHECK (length(reference) = 12 AND reference GLOB 'CS-????-????'),
  -- SHA-256 (hex) of the browser's idempotency key: the same request twice makes one referral.
  idempotency_key_hash TEXT NOT NULL UNIQUE CHECK (length(idempotency_key_hash) = 64),
  -- ISO 8601 UTC, as Date.prototype.toISOString writes it, so text order is time order. After
  -- erasure only the day is kept (T00:00:00.000Z): the time of day helps no count.
  created_at TEXT NOT NULL,
  partner_id TEXT NOT NULL CHECK (partner_id <> ''),
  network_id TEXT NOT NULL REFERENCES networks (id),
  -- Personal data, NULL only once erased. PC4 only: enough for the network to know the company
  -- is theirs.
  postcode INTEGER CHECK (postcode IS NULL OR postcode BETWEEN 1000 AND 9999),
  company_name TEXT CHECK (company_name IS NULL OR company_name <> ''),
  contact_name TEXT CHECK (contact_name IS NULL OR contact_name <> ''),
  email TEXT CHECK (email IS NULL OR email LIKE '_%@_%'),
  phone TEXT,
  -- Coarse bands from core/profile, checked by the worker; NULL when the entrepreneur skipped them
  -- (the widget's profile step may be skipped: the network asks on the phone). Kept after erasure.
  sector TEXT,
  size TEXT,
  message TEXT,
  -- Sharing the answers with the network is a separate, optional choice. `share_answers` stays
  -- after erasure as a count of how many chose to share.
  share_answers INTEGER NOT NULL CHECK (share_answers IN (0, 1)),
  answers TEXT CHECK (answers IS NULL OR (json_valid(answers) AND json_type(answers) = 'object')),
  bank_version TEXT NOT NULL,
  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
  band TEXT NOT NULL CHECK (band IN ('green', 'orange', 'red')),
  -- Where the scan stands; the network reports progress, the entrepreneur may withdraw.
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
  withdrawal_notice TEXT
    CHECK (withdrawal_notice IS NULL OR (withdrawal_notice IN ('pending', 'queued', 'sent', 'failed') AND withdrawn_at IS NOT NULL)),
  withdrawal_notice_at TEXT,
  -- A live referral has its contact data; an erased one has none of it left.
  CHECK (erased_at IS NOT NULL OR (postcode IS NOT NULL AND company_name IS NOT NULL AND contact_name IS NOT NULL AND email IS NOT NULL)),
  CHECK (erased_at IS NULL OR (postcode IS NULL AND company_name IS NULL AND contact_name IS NULL AND email IS NULL
    AND phone IS NULL AND message IS NULL AND answers IS NULL AND note IS NULL)),
  CHECK (erased_at IS NOT NULL OR (share_answers = 1) = (answers IS NOT NULL)),
  CHECK (status <> 'withdrawn' OR withdrawn_at IS NOT NULL),
  CHECK (delivery_status <> 'delivered' OR delivered_at IS NOT NULL)
);

-- The cron sweep looks for referrals that never reached their network.
CREATE INDEX referrals_undelivered ON referrals (created_at)
  WHERE delivery_status IN ('pending', 'queued');

-- The console lists a network's referrals newest first, a page at a time.
CREATE INDEX referrals_by_network ON referrals (network_id, created_at, reference);

-- The daily retention job looks for live referrals that were closed or made long enough ago.
CREATE INDEX referrals_live ON referrals (created_at) WHERE erased_at IS NULL;

-- The sweep looks for withdrawal notices still owed.
CREATE INDEX referrals_withdrawal_notice_owed ON referrals (withdrawal_notice_at)
  WHERE withdrawal_notice IN ('pending', 'queued');

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

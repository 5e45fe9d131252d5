-- Self-service registration of a partner site (issue 12): /embed records a registration, which
-- waits until an admin (or the network it chose) approves or refuses it. Approval makes the
-- partner row (migrations/0001) with these origins; until then the site works unregistered.

CREATE TABLE partner_registrations (
  id INTEGER PRIMARY KEY,
  -- The partner id the registration proposes, derived from the organisation's name; it becomes
  -- the partner's id on approval. Unique among pending registrations (index below) and checked
  -- against partners when the registration is made.
  partner_id TEXT NOT NULL CHECK (partner_id <> '' AND partner_id NOT GLOB '*[^a-z0-9-]*'),
  organisation TEXT NOT NULL CHECK (organisation <> ''),
  -- Personal data (it may name a person): erased after the retention period, as a referral's
  -- contact details are (worker/data/registration-retention.ts); NULL once erased.
  contact_email TEXT CHECK (contact_email IS NULL OR contact_email LIKE '_%@_%'),
  -- JSON array of origins, as partners.allowed_origins.
  origins TEXT NOT NULL CHECK (json_valid(origins) AND json_type(origins) = 'array' AND json_array_length(origins) BETWEEN 1 AND 5),
  -- NULL: "landelijk", no network of its own.
  network_id TEXT REFERENCES networks (id),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
  -- The day only: nothing about the registrant needs the time.
  created_day TEXT NOT NULL CHECK (created_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  decided_at TEXT,
  -- The name of the console user who decided (access_tokens.person_name).
  decided_by TEXT,
  -- Told to the contact with a refusal; optional.
  reason TEXT,
  -- The e-mail telling the contact the decision, sent through the queue like the confirmation of
  -- a referral (migrations/0016): 'pending' (not yet queued), 'queued', 'sent', 'failed'.
  decision_mail TEXT CHECK (decision_mail IS NULL OR decision_mail IN ('pending', 'queued', 'sent', 'failed')),
  decision_mail_at TEXT CHECK ((decision_mail_at IS NULL) = (decision_mail IS NULL)),
  -- The origin the code in the approval e-mail names (this deployment's, at approval).
  snippet_origin TEXT,
  erased_at TEXT,
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK (erased_at IS NULL OR contact_email IS NULL)
);

CREATE UNIQUE INDEX partner_registrations_pending_id ON partner_registrations (partner_id) WHERE status = 'pending';
CREATE INDEX partner_registrations_by_network ON partner_registrations (network_id, status);
CREATE INDEX partner_registrations_mail_owed ON partner_registrations (decision_mail_at)
  WHERE decision_mail IN ('pending', 'queued');

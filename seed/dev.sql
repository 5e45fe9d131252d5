-- Development only: never run against production. Applied by `npm start` after the migrations
-- (npm run db:seed: wrangler d1 execute DB --local --file seed/dev.sql); running it again changes
-- nothing.

-- The partner the local demo pages embed the widget as; it accepts only local origins. (Any other
-- local origin, such as the browser tests' random port, works too: the worker always accepts
-- requests from its own origin.)
INSERT INTO partners (id, name, allowed_origins, default_network_id)
VALUES ('demo', 'Demo (lokale ontwikkeling)', '["http://127.0.0.1:8787","http://localhost:8787"]', NULL)
ON CONFLICT (id) DO UPDATE SET
  name = excluded.name,
  allowed_origins = excluded.allowed_origins,
  default_network_id = excluded.default_network_id;

-- Every network delivers to this worker's own development inbox, so a referral can be followed
-- end to end without a real address: open http://127.0.0.1:8787/dev/inbox. A relative target
-- means "this worker" (resolved against the DEV_ORIGIN var); the webhook is signed with the key in
-- the DEV_INBOX_SECRET var, which `npm start` passes, exactly as a real network's would be, in
-- the standard format (a channel switched to legacy with the admin tool stays legacy).
-- `WHERE true` is SQLite's rule for an upsert after a SELECT: without it, ON would be read as
-- the start of a join constraint.
INSERT INTO network_channels (network_id, kind, target, secret_ref, signature_format, active)
SELECT id, 'webhook', '/dev/inbox', 'DEV_INBOX_SECRET', 'standard', 1 FROM networks WHERE true
ON CONFLICT (network_id, kind, target) DO UPDATE SET secret_ref = excluded.secret_ref;

-- What the development inbox received (worker/routes/dev-inbox.ts). Only here, never in a
-- migration: production has no inbox. `dev_inbox` was its name before it recorded the signature
-- format; a local database made then loses its old development deliveries once.
DROP TABLE IF EXISTS dev_inbox;
-- E-mails the worker would have sent (worker/mail/send-mail.ts), e.g. the confirmation to the entrepreneur.
CREATE TABLE IF NOT EXISTS dev_inbox_mail (
  id INTEGER PRIMARY KEY,
  sent_at TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dev_inbox_received (
  id INTEGER PRIMARY KEY,
  received_at TEXT NOT NULL,
  delivery TEXT NOT NULL,
  signature TEXT NOT NULL CHECK (signature IN ('standard', 'legacy', 'none')),
  signature_ok INTEGER NOT NULL CHECK (signature_ok IN (0, 1)),
  payload TEXT NOT NULL
);

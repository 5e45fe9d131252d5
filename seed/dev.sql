-- Development only: never run against production. Applied by `npm start` after the migrations
-- (wrangler d1 execute DB --local --file seed/dev.sql); running it again changes nothing.

-- The partner the local demo pages embed the widget as; it accepts only local origins.
INSERT INTO partners (id, name, allowed_origins, default_network_id)
VALUES ('demo', 'Demo (lokale ontwikkeling)', '["http://127.0.0.1:8787","http://localhost:8787"]', NULL)
ON CONFLICT (id) DO UPDATE SET
  name = excluded.name,
  allowed_origins = excluded.allowed_origins,
  default_network_id = excluded.default_network_id;

-- Every network delivers to this worker's own development inbox, so a referral can be followed
-- end to end without a real address. A relative target means "this worker": see network_channels.
-- `WHERE true` is SQLite's rule for an upsert after a SELECT: without it, ON would be read as
-- the start of a join constraint.
INSERT INTO network_channels (network_id, kind, target, secret_ref, active)
SELECT id, 'webhook', '/dev/inbox', NULL, 1 FROM networks WHERE true
ON CONFLICT (network_id, kind, target) DO NOTHING;

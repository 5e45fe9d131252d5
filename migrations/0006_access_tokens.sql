-- Access tokens for the network console (one or more per network) and for administrators.
-- Only the SHA-256 (hex) of a token is kept: the token is shown once, when it is made
-- (`npm run admin -- token create`), and cannot be read back from the database.

CREATE TABLE access_tokens (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64 AND token_hash NOT GLOB '*[^0-9a-f]*'),
  kind TEXT NOT NULL CHECK (kind IN ('admin', 'network')),
  -- A network token sees that network only; an admin token sees everything and names none.
  network_id TEXT REFERENCES networks (id) ON DELETE CASCADE,
  -- Who or what the token is for ("Cyberveilig Noord, console"), so a list can be read.
  label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 100),
  -- ISO 8601 UTC.
  created_at TEXT NOT NULL,
  -- Revoked tokens are kept, so `token list` shows what existed and when it stopped working.
  revoked_at TEXT,
  CHECK ((kind = 'admin') = (network_id IS NULL))
);

CREATE INDEX access_tokens_by_network ON access_tokens (network_id);

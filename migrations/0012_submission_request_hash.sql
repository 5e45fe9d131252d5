-- A replayed `submissionId` with other answers is refused (issue 8), so the key remembers what it
-- was sent with: SHA-256 (hex) of the submission id together with the request. Keyed by the id,
-- which is never stored, the hash cannot be matched to a row of `results`, which stay unlinkable
-- to a browser. NULL for keys stored before this migration: their replays are answered as before.
ALTER TABLE submission_keys ADD COLUMN request_hash TEXT
  CHECK (request_hash IS NULL OR (length(request_hash) = 64 AND request_hash NOT GLOB '*[^0-9a-f]*'));

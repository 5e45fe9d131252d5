-- Referral delivery that outlasts a network's weekend outage (issue 8), and idempotency keys as
-- trusted APIs keep them.
--
-- * `networks.alert_email`: where a network's own people hear that its deliveries are failing
--   (worker/delivery/outage-notice.ts). NULL: only the operators (the OPERATOR_EMAIL var) hear.
-- * `network_delivery_outages`: one row per network whose deliveries are failing now. The row is
--   made once, by the first failure that must be told, and that one sends the notice; it goes when
--   a delivery to the network succeeds again, so the next outage is told again. Not per referral.
-- * `referrals.request_hash`: SHA-256 (hex) of the request a referral was made from, so a repeat
--   of its Idempotency-Key with another body is refused (422), not answered with this referral.
--   From here on `idempotency_key_hash` is the SHA-256 of the partner id and the key, so one
--   partner's keys never meet another's. A key is remembered for 24 hours; then the sweep sets
--   both to forgotten values (a random hash, NULL), and the key may make a new referral.
--   Referrals made before this migration keep their unscoped key hash, which no request matches.

ALTER TABLE networks ADD COLUMN alert_email TEXT CHECK (alert_email IS NULL OR alert_email LIKE '_%@_%.__%');

CREATE TABLE network_delivery_outages (
  network_id TEXT PRIMARY KEY REFERENCES networks (id),
  -- ISO 8601 UTC: when the notice went out.
  noticed_at TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE referrals ADD COLUMN request_hash TEXT
  CHECK (request_hash IS NULL OR (length(request_hash) = 64 AND request_hash NOT GLOB '*[^0-9a-f]*'));

-- The sweep forgets keys older than a day.
CREATE INDEX referrals_remembered_keys ON referrals (created_at) WHERE request_hash IS NOT NULL;

-- The sweep looks, per delivery status, for referrals whose hand-over is due: since when it was
-- last handed over (or made), so that no number of older ones in retry can hide a newer one.
CREATE INDEX referrals_hand_over_due ON referrals (delivery_status, coalesce(queued_at, created_at), id)
  WHERE delivery_status IN ('pending', 'queued');

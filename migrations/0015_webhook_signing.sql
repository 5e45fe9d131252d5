-- Webhook signing per channel (issue 15): the Standard Webhooks format for new channels, today's
-- X-CyberScan-* headers kept for receivers already checking them, and a second secret during a
-- rotation. Secrets stay Worker secrets; these columns hold only their names.

-- `standard`: webhook-id, webhook-timestamp, webhook-signature (worker/delivery/README.md).
-- `legacy`: X-CyberScan-Delivery, -Timestamp and -Signature, exactly as before this migration.
ALTER TABLE network_channels ADD COLUMN signature_format TEXT NOT NULL DEFAULT 'standard'
  CHECK (signature_format IN ('standard', 'legacy'));

-- Receivers configured before now check the old headers: they keep them until an operator
-- switches their channel (npm run admin -- network channel format).
UPDATE network_channels SET signature_format = 'legacy' WHERE kind = 'webhook';

-- The secret being rotated out, and until when (ISO 8601 UTC) it still signs beside secret_ref.
ALTER TABLE network_channels ADD COLUMN previous_secret_ref TEXT
  CHECK (previous_secret_ref IS NULL OR (previous_secret_ref <> '' AND previous_secret_ref NOT GLOB '*[^A-Z0-9_]*'));
ALTER TABLE network_channels ADD COLUMN previous_secret_until TEXT
  CHECK ((previous_secret_until IS NULL) = (previous_secret_ref IS NULL));

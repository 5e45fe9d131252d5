-- Regional cyber-resilience networks, the postcode areas they serve, where their referrals are
-- delivered, and the partners that embed the widget. Networks change: operators edit these rows
-- (new migrations or the D1 console), the code never names a network.

CREATE TABLE networks (
  -- A slug: lower-case letters, digits and hyphens.
  id TEXT PRIMARY KEY CHECK (id <> '' AND id NOT GLOB '*[^a-z0-9-]*'),
  name TEXT NOT NULL CHECK (name <> ''),
  area_description TEXT NOT NULL,
  -- Only a website the network publishes itself; never guessed.
  website TEXT CHECK (website IS NULL OR website GLOB 'https://?*'),
  offers_student_scan TEXT NOT NULL CHECK (offers_student_scan IN ('yes', 'no', 'unknown')),
  offer_description TEXT NOT NULL,
  -- Free text ("EUR 150, excl. btw"): networks word their own contribution differently.
  own_contribution TEXT,
  -- The national contact for postcodes no regional network covers.
  is_fallback INTEGER NOT NULL DEFAULT 0 CHECK (is_fallback IN (0, 1)),
  -- A sector network serves only this sector (a SECTOR_IDS value) inside its area. Sector ids are
  -- checked by the worker, not here, so that adding a sector does not mean rebuilding this table.
  sector TEXT CHECK (sector IS NULL OR sector <> ''),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (is_fallback = 0 OR (sector IS NULL AND active = 1))
);

-- At most one national fallback; the seed provides it and a test proves there is exactly one.
CREATE UNIQUE INDEX networks_single_fallback ON networks (is_fallback) WHERE is_fallback = 1;

-- A network's area as inclusive PC4 ranges; a network may have several.
CREATE TABLE network_areas (
  network_id TEXT NOT NULL REFERENCES networks (id),
  pc4_from INTEGER NOT NULL CHECK (pc4_from BETWEEN 1000 AND 9999),
  pc4_to INTEGER NOT NULL CHECK (pc4_to BETWEEN 1000 AND 9999),
  PRIMARY KEY (network_id, pc4_from),
  CHECK (pc4_from <= pc4_to)
);

CREATE INDEX network_areas_by_range ON network_areas (pc4_from, pc4_to);

-- Where a network's referrals go. Configured per deployment, never seeded by a migration: no
-- real address is known to the code. `target` is an https URL or an e-mail address; a webhook
-- target starting with '/' is a path on this same worker (the development inbox, '/dev/inbox'),
-- used by seed/dev.sql only. `secret_ref` names the Worker secret that holds the HMAC key for
-- signing webhooks; the key itself never enters the database.
CREATE TABLE network_channels (
  id INTEGER PRIMARY KEY,
  network_id TEXT NOT NULL REFERENCES networks (id),
  kind TEXT NOT NULL CHECK (kind IN ('webhook', 'email')),
  target TEXT NOT NULL,
  secret_ref TEXT CHECK (secret_ref IS NULL OR (secret_ref <> '' AND secret_ref NOT GLOB '*[^A-Z0-9_]*')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  UNIQUE (network_id, kind, target),
  CHECK (kind <> 'email' OR target LIKE '_%@_%.__%'),
  -- A webhook leaves the worker only over https and only signed.
  CHECK (kind <> 'webhook' OR target GLOB '/?*' OR (target GLOB 'https://?*' AND secret_ref IS NOT NULL))
);

-- Which province a PC4 lies in, for anonymous statistics and for the fallback's wording.
-- Every PC4 from 1000 to 9999 is in exactly one range (tests/worker/data proves it).
CREATE TABLE province_ranges (
  pc4_from INTEGER PRIMARY KEY CHECK (pc4_from BETWEEN 1000 AND 9999),
  pc4_to INTEGER NOT NULL UNIQUE CHECK (pc4_to BETWEEN 1000 AND 9999),
  province TEXT NOT NULL CHECK (province IN (
    'groningen', 'friesland', 'drenthe', 'overijssel', 'flevoland', 'gelderland',
    'utrecht', 'noord-holland', 'zuid-holland', 'zeeland', 'noord-brabant', 'limburg'
  )),
  CHECK (pc4_from <= pc4_to)
);

-- A site that embeds the widget (a municipality, business association, ...).
CREATE TABLE partners (
  id TEXT PRIMARY KEY CHECK (id <> '' AND id NOT GLOB '*[^a-z0-9-]*'),
  name TEXT NOT NULL CHECK (name <> ''),
  -- JSON array of origins ("https://www.example.nl") allowed to embed the widget and post to the API.
  allowed_origins TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_origins) AND json_type(allowed_origins) = 'array'),
  default_network_id TEXT REFERENCES networks (id)
);

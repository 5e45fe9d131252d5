-- Sites that embed the widget without being registered (issue 12): their visitors' results and
-- requests are accepted with stricter protection instead of being refused, so nobody is stuck.

-- The one partner every unregistered site's results and referrals count under; its name is what
-- the statistics' "per partner site" table and the console show. It has no origins of its own.
INSERT INTO partners (id, name, allowed_origins, default_network_id)
VALUES ('niet-geregistreerd', 'niet-geregistreerde sites', '[]', NULL)
ON CONFLICT (id) DO NOTHING;

-- The host name (www.example.nl) of the unregistered site a referral came from; NULL for a
-- registered partner's site. A site's name, not a visitor's: no personal data.
ALTER TABLE referrals ADD COLUMN source_host TEXT CHECK (source_host IS NULL OR source_host <> '');

-- A partner may ask for the Turnstile bot check on its own sites too; unregistered sites always get it.
ALTER TABLE partners ADD COLUMN turnstile INTEGER NOT NULL DEFAULT 0 CHECK (turnstile IN (0, 1));

-- Where the check runs unregistered, so a network can invite the site to register: per host name,
-- how many results and referrals it sent and the last day (no time) it sent one. Nothing per visit.
CREATE TABLE unregistered_sites (
  host TEXT PRIMARY KEY CHECK (host <> ''),
  results INTEGER NOT NULL DEFAULT 0 CHECK (results >= 0),
  referrals INTEGER NOT NULL DEFAULT 0 CHECK (referrals >= 0),
  last_day TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

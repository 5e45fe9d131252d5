-- The invitation to do the check again, which a network sends an entrepreneur after the students'
-- scan (issue 10): one per referral, so a second click cannot send it twice; sent through the
-- delivery queue like the confirmation e-mail of 0016. The row names no entrepreneur: the address
-- is read from the referral when the e-mail goes out, so an erased referral owes nothing.
-- * `status`: 'pending' (asked, not yet queued), 'queued', 'sent' or 'failed' (the last try failed;
--   the network may then ask again, which makes it 'pending' once more).
-- * `status_at`: when it last changed, for the cron sweep (pending over ten minutes, queued past
--   the retry window: queued again).
-- * `requested_at`, `requested_by`, `requested_by_name`: who asked for it and when (the coordinator
--   whose token it was), shown in the referral's history.
CREATE TABLE recheck_invitations (
  referral_id TEXT PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL CHECK (requested_by IN ('network', 'admin')),
  requested_by_name TEXT NOT NULL DEFAULT '' CHECK (length(requested_by_name) <= 100),
  status TEXT NOT NULL CHECK (status IN ('pending', 'queued', 'sent', 'failed')),
  status_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX recheck_invitations_owed ON recheck_invitations (status_at) WHERE status IN ('pending', 'queued');

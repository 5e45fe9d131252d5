-- The confirmation e-mail to the entrepreneur (issue 10): reference, network, what happens next
-- and the withdrawal link, sent through the queue like the referral itself.
-- `confirmation_mail`: NULL for referrals made before this migration (never owed), then
-- 'pending' (stored, not yet queued), 'queued', 'sent' or 'failed' (the last try failed).
-- `confirmation_mail_at`: when it last changed, so the cron sweep can queue again what the queue
-- never took (pending) or lost (queued past the retry window). A referral erased before its
-- confirmation went out has no address left: the consumer then drops it.
ALTER TABLE referrals ADD COLUMN confirmation_mail TEXT
  CHECK (confirmation_mail IS NULL OR confirmation_mail IN ('pending', 'queued', 'sent', 'failed'));
ALTER TABLE referrals ADD COLUMN confirmation_mail_at TEXT
  CHECK ((confirmation_mail_at IS NULL) = (confirmation_mail IS NULL));

CREATE INDEX referrals_confirmation_mail_owed ON referrals (confirmation_mail_at)
  WHERE confirmation_mail IN ('pending', 'queued');

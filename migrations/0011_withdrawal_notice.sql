-- A withdrawal is passed on to the network (AVG art. 19: recipients are told of an erasure), as a
-- notice without personal data on its delivery channels (worker/delivery/deliver-withdrawal.ts).
--
-- * `withdrawal_notice`: NULL for a referral never withdrawn (and for those withdrawn before this
--   migration: they were never promised one). 'pending' until the queue takes it, 'queued' while
--   the consumer tries, then 'sent' (a channel took it) or 'failed' (every try failed). The last two
--   stay, naming no one, so an operator can show that the network was told.
-- * `withdrawal_notice_at`: when it last changed. The cron sweep queues a 'pending' notice again
--   after ten minutes and a 'queued' one after its retries must be over, as it does for referrals.
--
-- Columns are added in place: both are nullable, so no rebuild as in 0008 is needed.

ALTER TABLE referrals ADD COLUMN withdrawal_notice TEXT
  CHECK (withdrawal_notice IS NULL OR (withdrawal_notice IN ('pending', 'queued', 'sent', 'failed') AND withdrawn_at IS NOT NULL));

ALTER TABLE referrals ADD COLUMN withdrawal_notice_at TEXT;

-- The sweep looks for notices still owed.
CREATE INDEX referrals_withdrawal_notice_owed ON referrals (withdrawal_notice_at)
  WHERE withdrawal_notice IN ('pending', 'queued');

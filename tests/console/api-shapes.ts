/**
 * Type-level checks, run by `tsc -p worker/tsconfig.json` (nothing executes): the console's copy
 * of the API's shapes (console/api/types.ts) still matches what the worker sends, so a change to
 * the console API breaks the type check instead of the console.
 */
import type { DELIVERY_STATUSES, InboxReferral, REFERRAL_STATUSES, ReferralDetail } from '../../console/api/types';
import type { INBOX_DELIVERY_STATUSES, InboxItem } from '../../worker/data/referral-inbox';
import type { INBOX_STATUSES } from '../../worker/data/referral-inbox-workflow';
import type { referralDetail } from '../../worker/routes/network-referrals-detail';

type Assignable<From, To> = [From] extends [To] ? true : false;
type Same<A, B> = [A, B] extends [B, A] ? true : false;

/** Every field the console reads from a referral is sent, with a type the console can show. */
true satisfies Assignable<ReturnType<typeof referralDetail>, ReferralDetail>;
true satisfies Assignable<InboxItem, InboxReferral>;

/** The console offers a filter for exactly the statuses the API knows, in workflow order. */
true satisfies Same<typeof REFERRAL_STATUSES, typeof INBOX_STATUSES>;
true satisfies Same<typeof DELIVERY_STATUSES, typeof INBOX_DELIVERY_STATUSES>;

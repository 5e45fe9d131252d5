/** @module How often, and how patiently, the queue consumer retries a referral's delivery. */

/**
 * The waits between tries, in seconds: quick at first (a receiver restarting), then hours, then
 * twelve hours (the longest delay a Cloudflare queue message may have). About 3 days 4 hours in
 * all, like trusted webhook senders: a network whose server is down from Friday evening still
 * gets its weekend's referrals once it is back on Monday.
 */
export const RETRY_DELAYS_SECONDS: readonly number[] = [
  60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 43_200, 43_200, 43_200, 43_200,
];

/** The first try plus one per delay: wrangler.toml's `max_retries` is this minus one. */
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/**
 * From this try on, a failure tells the network (and the operators) that its deliveries are
 * failing: after about an hour, so a receiver's restart tells no one, a real outage soon.
 */
export const OUTAGE_NOTICE_FROM_ATTEMPT = 5;

/**
 * The wait before the next try, after `attempts` tries failed. `divisor` (the
 * DELIVERY_RETRY_DIVISOR var, only for a fault run on a local machine) shrinks every wait alike,
 * to at least a second; production leaves it unset.
 */
export function retryDelaySeconds(attempts: number, divisor = 1): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_DELAYS_SECONDS.length) - 1;
  return Math.max(1, Math.ceil((RETRY_DELAYS_SECONDS[index] ?? 0) / divisor));
}

/** The DELIVERY_RETRY_DIVISOR var as a number: 1 unless it is a whole number above 1. */
export function retryDivisor(env: { readonly DELIVERY_RETRY_DIVISOR?: string | undefined }): number {
  const divisor = Number(env.DELIVERY_RETRY_DIVISOR);
  return Number.isInteger(divisor) && divisor > 1 ? divisor : 1;
}

/** The longest a referral stays 'queued' while its retries are still due (about 3 days 4 hours). */
export const RETRY_WINDOW_SECONDS = RETRY_DELAYS_SECONDS.reduce((a, b) => a + b, 0);

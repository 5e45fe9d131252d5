/** @module How often, and how patiently, the queue consumer retries a referral's delivery. */

/** The first try plus wrangler.toml's `max_retries = 5`. After the last, the referral is marked failed. */
export const MAX_DELIVERY_ATTEMPTS = 6;

const FIRST_DELAY_SECONDS = 60;
const FACTOR = 3;

/**
 * The wait before the next try, after `attempts` tries failed: 1, 3, 9, 27 and 81 minutes. About
 * two hours in all: long enough to outlast a receiver's restart or short maintenance, short enough
 * that an entrepreneur is not left waiting for days before an operator hears of it.
 */
export const retryDelaySeconds = (attempts: number): number => FIRST_DELAY_SECONDS * FACTOR ** (attempts - 1);

/** The longest a referral stays 'queued' while its retries are still due (about 2 h 1 min). */
export const RETRY_WINDOW_SECONDS = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1))
  .reduce((a, b) => a + b, 0);

/**
 * @module How Cloudflare's siteverify answers each published test secret, for the local stand-in
 * (worker/routes/turnstile-standin.ts). Request and answer shape as documented: a form or JSON
 * with `secret` and `response`; JSON with `success` and `error-codes`.
 */
import { TURNSTILE_TEST_KEYS } from '../../core/turnstile-test-keys';

/** The body siteverify answers: `success` and its `error-codes` (empty when it passed). */
export interface SiteverifyOutcome {
  readonly success: boolean;
  readonly 'error-codes': readonly string[];
  /** ISO 8601: when the challenge was solved; only on success. */
  readonly challenge_ts?: string;
}

/** What siteverify answers for `secret` and `response` (the token), as the test secrets do. */
export function siteverifyOutcome(secret: string | null, response: string | null, now: Date = new Date()): SiteverifyOutcome {
  if (!secret) return { success: false, 'error-codes': ['missing-input-secret'] };
  if (!response) return { success: false, 'error-codes': ['missing-input-response'] };
  switch (secret) {
    case TURNSTILE_TEST_KEYS.passSecret:
      return { success: true, 'error-codes': [], challenge_ts: now.toISOString() };
    case TURNSTILE_TEST_KEYS.failSecret:
      return { success: false, 'error-codes': ['invalid-input-response'] };
    case TURNSTILE_TEST_KEYS.spentSecret:
      return { success: false, 'error-codes': ['timeout-or-duplicate'] };
    default:
      return { success: false, 'error-codes': ['invalid-input-secret'] };
  }
}

/**
 * @module Cloudflare's published Turnstile test keys (developers.cloudflare.com, Turnstile,
 * "Testing"), and how siteverify answers each test secret. The local stand-in
 * (worker/routes/turnstile-standin.ts) behaves like them, so development and tests run the real
 * code path without reaching Cloudflare.
 */

export const TURNSTILE_TEST_KEYS = {
  /** Site key whose visible widget always passes. */
  passSiteKey: '1x00000000000000000000AA',
  /** Site key whose visible widget always fails. */
  failSiteKey: '2x00000000000000000000AB',
  /** Secret with which siteverify accepts every token. */
  passSecret: '1x0000000000000000000000000000000AA',
  /** Secret with which siteverify refuses every token. */
  failSecret: '2x0000000000000000000000000000000AA',
  /** Secret with which siteverify answers "token already spent". */
  spentSecret: '3x0000000000000000000000000000000AA',
} as const;

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

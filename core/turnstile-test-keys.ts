/**
 * @module Cloudflare's published Turnstile test keys (developers.cloudflare.com, Turnstile,
 * "Testing"). The local stand-in (worker/dev/) behaves like them; `npm start` and the browser
 * tests use them, so the real code path runs without reaching Cloudflare.
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

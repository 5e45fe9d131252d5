/** @module Cloudflare Turnstile: a bot check on referrals, on when the TURNSTILE_SECRET secret is set. */

const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

/** Cloudflare answers in well under a second; a hung check must not hold the form for long. */
const TIMEOUT_MS = 5_000;

/**
 * Whether Cloudflare accepts `token`. Fails closed: no token, an error status, a timeout or a
 * network error all count as not passed. The visitor's address is not sent along: Turnstile
 * works without it, and the address is kept to rate limiting only.
 */
export async function turnstilePasses(secret: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  try {
    const response = await fetch(SITEVERIFY, {
      method: 'POST',
      body: new URLSearchParams({ secret, response: token }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return false;
    const outcome: unknown = await response.json();
    return typeof outcome === 'object' && outcome !== null && 'success' in outcome && outcome.success === true;
  } catch {
    return false;
  }
}

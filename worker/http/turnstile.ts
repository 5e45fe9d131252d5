/**
 * @module Cloudflare Turnstile: the bot check on referrals from unregistered sites and from
 * partners that asked for it. Where it is verified is configuration (TURNSTILE_VERIFY_URL), so
 * development and tests use the local stand-in (worker/routes/turnstile-standin.ts).
 */

/** Cloudflare's siteverify endpoint, used unless TURNSTILE_VERIFY_URL says otherwise. */
export const CLOUDFLARE_SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
/** Cloudflare's script, rendered explicitly by the referral step, unless TURNSTILE_SCRIPT_URL says otherwise. */
export const CLOUDFLARE_TURNSTILE_SCRIPT = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';

/** Cloudflare answers in well under a second; a hung check must not hold the form for long. */
const TIMEOUT_MS = 5_000;

/** The Turnstile settings the widget needs, or null when this deployment has none (no site key or secret). */
export function turnstileWidgetConfig(env: Env): { siteKey: string; scriptUrl: string } | null {
  if (!env.TURNSTILE_SITE_KEY || !env.TURNSTILE_SECRET) return null;
  return { siteKey: env.TURNSTILE_SITE_KEY, scriptUrl: env.TURNSTILE_SCRIPT_URL || CLOUDFLARE_TURNSTILE_SCRIPT };
}

/**
 * Whether siteverify accepts `token`. Fails closed: no secret, no token, an error status, a
 * timeout or a network error all count as not passed. The visitor's address is not sent along:
 * Turnstile works without it, and the address is kept to rate limiting only.
 */
export async function turnstilePasses(env: Env, token: string | undefined): Promise<boolean> {
  if (!env.TURNSTILE_SECRET || !token) return false;
  try {
    const response = await fetch(env.TURNSTILE_VERIFY_URL || CLOUDFLARE_SITEVERIFY, {
      method: 'POST',
      body: new URLSearchParams({ secret: env.TURNSTILE_SECRET, response: token }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return false;
    const outcome: unknown = await response.json();
    return typeof outcome === 'object' && outcome !== null && 'success' in outcome && outcome.success === true;
  } catch {
    return false;
  }
}

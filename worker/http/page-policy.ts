/**
 * @module The Content-Security-Policy of a page that renders Turnstile (the iframe embed, /embed):
 * the house policy of worker/http/headers.ts plus Turnstile's origin in `script-src` and
 * `frame-src` where configured, framable by `ancestors` only.
 */

/** The policy framable by `ancestors` (none: `'none'`; `['*']`: any site), loading Turnstile from `turnstileScript`'s origin. */
export function pagePolicy(ancestors: readonly string[], turnstileScript: string | null): string {
  const turnstile = turnstileScript === null ? '' : ` ${new URL(turnstileScript).origin}`;
  return [
    "default-src 'none'", `script-src 'self'${turnstile}`, "style-src 'self'", "connect-src 'self'",
    "img-src 'self' data:", `frame-src${turnstile || " 'none'"}`, "base-uri 'none'", "form-action 'self'",
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(' ') : "'none'"}`,
  ].join('; ');
}

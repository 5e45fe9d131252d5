/**
 * Settings the worker reads that wrangler.toml does not declare: secrets set with `wrangler
 * secret put`, and vars only development passes (`npm start`, tests/browser/dev-server.ts).
 * All optional: without them the feature they belong to is off or fails closed.
 */
declare namespace Cloudflare {
  interface Env {
    /** Cloudflare Turnstile secret key. When set, every new referral needs a valid token. */
    TURNSTILE_SECRET?: string;
    /** Sender address of e-mail delivery channels; without it e-mail channels fail. */
    MAIL_FROM?: string;
    /** `on` serves the development inbox at /dev/inbox. Never set in production. */
    DEV_INBOX?: string;
    /** Origin that relative channel targets (`/dev/inbox`) are resolved against. Development only. */
    DEV_ORIGIN?: string;
    /** HMAC key of the development inbox, named by seed/dev.sql's channels. Development only. */
    DEV_INBOX_SECRET?: string;
  }
}

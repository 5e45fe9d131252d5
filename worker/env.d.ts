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
    /**
     * This deployment's public origin (`https://cyberscan.example.nl`), for links that leave the
     * worker without a request to take them from: the withdrawal link in a delivered referral.
     */
    PUBLIC_ORIGIN?: string;
    /** Days a closed referral keeps its personal data (default 90); see worker/data/retention-policy.ts. */
    RETENTION_DAYS_AFTER_CLOSE?: string;
    /** Days any referral keeps its personal data at most (default 365). */
    RETENTION_MAX_DAYS?: string;
    /** `on` serves the development inbox at /dev/inbox. Never set in production. */
    DEV_INBOX?: string;
    /** Origin that relative channel targets (`/dev/inbox`) are resolved against. Development only. */
    DEV_ORIGIN?: string;
    /** The development inbox's `whsec_` webhook secret, named by seed/dev.sql's channels. Development only. */
    DEV_INBOX_SECRET?: string;
  }
}

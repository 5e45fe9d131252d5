/**
 * Settings the worker reads that wrangler.toml does not declare: secrets set with `wrangler
 * secret put`, and vars only development passes (`npm start`, tests/browser/dev-server.ts).
 * All optional: without them the feature they belong to is off or fails closed.
 */
declare namespace Cloudflare {
  interface Env {
    /**
     * Cloudflare Turnstile secret key. Referrals from unregistered sites, and from partners that
     * asked for the check, need a token it verifies; without it they are refused (fails closed).
     */
    TURNSTILE_SECRET?: string;
    /** Turnstile site key (public), sent to the widget with the script URL. */
    TURNSTILE_SITE_KEY?: string;
    /** Where the widget loads Turnstile's script; Cloudflare's when unset (worker/http/turnstile.ts). */
    TURNSTILE_SCRIPT_URL?: string;
    /** Where tokens are verified; Cloudflare's siteverify when unset. */
    TURNSTILE_VERIFY_URL?: string;
    /** `on` serves the local Turnstile stand-in at /dev/turnstile. Never set in production. */
    DEV_TURNSTILE?: string;
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
    /**
     * Operators' address: told by e-mail, once per outage, when a network's deliveries fail
     * (worker/delivery/outage-notice.ts). Without it only the network's own `alert_email` is told.
     */
    OPERATOR_EMAIL?: string;
    /**
     * Divides every retry delay of the delivery queue (worker/delivery/backoff.ts). Only for a
     * fault run on a local machine (`npm run chaos`); unset in production.
     */
    DELIVERY_RETRY_DIVISOR?: string;
    /**
     * Seconds the isolate's copy of partners, networks, areas and provinces may be old at most
     * (default 60, 0-3600; 0: no copy): how long a change made with the admin tool may take to
     * be seen. See worker/data/reference-cache.ts.
     */
    REFERENCE_CACHE_SECONDS?: string;
    /** `on` serves the development inbox at /dev/inbox. Never set in production. */
    DEV_INBOX?: string;
    /** Origin that relative channel targets (`/dev/inbox`) are resolved against. Development only. */
    DEV_ORIGIN?: string;
    /** The development inbox's `whsec_` webhook secret, named by seed/dev.sql's channels. Development only. */
    DEV_INBOX_SECRET?: string;
  }
}

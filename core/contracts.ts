/**
 * @module The HTTP and DOM-event contracts shared by the widget, the worker and partner pages.
 * Every POST needs an `Origin` the partner registered (or the API's own origin) and
 * `Content-Type: application/json`; every error answers {@link ErrorBody}.
 */
import type { Answers } from './answers';
import type { Lang, LocalisedBank } from './bank/types';
import type { Profile, SectorId, SizeId } from './profile';
import type { Recheck } from './recheck';
import type { NetworkRoute, PublicNetwork } from './routing';
import type { Band, PrincipleScore } from './scoring';

/** `GET /api/v1/assessment?lang=..`: the localised bank. */
export type AssessmentResponse = LocalisedBank;

/**
 * `POST /api/v1/results`: one completed assessment, stored anonymously for statistics. Unknown
 * fields are refused (400), so a score cannot be sent along: the worker computes its own.
 */
export interface ResultRequest {
  /** `crypto.randomUUID()`, made once per completed assessment; a retry sends the same one. */
  readonly submissionId: string;
  readonly partner: string;
  /** The page's `network` attribute: the result counts for that network (README "Statistics"). */
  readonly network?: string;
  /** `bankVersion` of the bank that was answered; must be the live one. */
  readonly bankVersion: string;
  readonly lang: Lang;
  /** Every question of the bank answered exactly once; "na" only where the question allows it. */
  readonly answers: Answers;
  readonly profile?: Profile;
  /** Present only when the check was done again from an earlier result: that result's band (core/recheck.ts). */
  readonly recheck?: Recheck;
}

/**
 * 201, also for a repeat of the same `submissionId` (which stores nothing and carries the header
 * `Idempotent-Replayed: true`). The score is the worker's own, computed from the answers.
 */
export interface ResultResponse {
  readonly stored: true;
  readonly overall: number;
  readonly band: Band;
}

/**
 * `GET /api/v1/route?postcode=3511[&sector=agriculture]`: the network for a company. Never fails
 * for a valid postcode: without a regional network, the national fallback (`fallback: true`).
 */
export type RouteResponse = NetworkRoute;

/** `GET /api/v1/networks`: every active network, by name, the national fallback last. */
export interface NetworksResponse {
  readonly networks: readonly PublicNetwork[];
}

/**
 * `GET /api/v1/partners/:id`: the name a registered partner gave, which the widget's intro shows
 * when the page sets no `organiser`. `null` for an unknown id and for "niet-geregistreerde sites",
 * which offers nothing: a 200, because a widget on a site that is not registered yet asks too, and
 * a 404 would put an error in that site's browser console on every visit.
 */
export interface PartnerResponse {
  readonly partner: { readonly id: string; readonly name: string } | null;
}

/** `GET /api/v1/networks/:id`: one active network (404 `network_not_found` otherwise). */
export interface NetworkResponse {
  readonly network: PublicNetwork;
}

/**
 * The `Idempotency-Key` header every `POST /api/v1/referrals` needs: `crypto.randomUUID()` made
 * when the form is first sent, and sent again unchanged on every retry of that form.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * `POST /api/v1/referrals`: the entrepreneur asks the network for a full scan. Field limits are in
 * `core/referral-fields.ts`. Optional text fields may also be sent as "" (treated as absent).
 */
export interface ReferralRequest {
  readonly partner: string;
  /** A network id, on a network's own site; without it the worker routes by postcode and sector. */
  readonly network?: string;
  /** "3511", "3511 AB" or "3511ab"; only the four digits are kept. */
  readonly postcode: string;
  readonly companyName: string;
  readonly contactName: string;
  readonly email: string;
  readonly phone?: string;
  readonly sector?: SectorId;
  readonly size?: SizeId;
  readonly message?: string;
  /** Whether the network may see the answers; the score goes along either way. */
  readonly shareAnswers: boolean;
  /** The complete answer set, always: the worker scores it, and keeps it only when shared. */
  readonly answers: Answers;
  readonly bankVersion: string;
  readonly lang: Lang;
  /** Honeypot: a hidden field people leave empty. Filled in, the answer looks fine but nothing is kept. */
  readonly website?: string;
  /** Cloudflare Turnstile token; required when {@link ProtectionResponse} says `turnstile`. */
  readonly turnstileToken?: string;
}

/**
 * `GET /api/v1/protection?partner=`: the bot check the referral form on the asking page needs.
 * `none`: the page's partner registered it and did not ask for one. `turnstile`: render Turnstile
 * with `siteKey`, loading `scriptUrl`. `unavailable`: a check is needed but this deployment has
 * none configured, so a referral from this page cannot be accepted: show the network's contact.
 */
export type ProtectionResponse =
  | { readonly botCheck: 'none' | 'unavailable' }
  | { readonly botCheck: 'turnstile'; readonly siteKey: string; readonly scriptUrl: string };

/**
 * 201 when the referral is stored (before it is delivered: delivery is queued and retried). A
 * repeat with the same `Idempotency-Key` answers 201 with the same referral and the header
 * `Idempotent-Replayed: true`, whatever its body.
 */
export interface ReferralResponse {
  /** What the entrepreneur and the network quote to each other, e.g. `CS-7K4P-2QX9`. */
  readonly reference: string;
  readonly network: { readonly id: string; readonly name: string };
}

/**
 * The `code` of every error the API answers, so a client can switch on it. `jsonError` in
 * worker/http/errors.ts takes only these, so a new code cannot be answered before it is listed here.
 */
export type ApiErrorCode =
  | 'bad_request' // a client error without its own code
  | 'bad_signature' // 401, development inbox only
  | 'conflict' // 409: the referral changed meanwhile (console); load it again and retry
  | 'csrf_failed' // 403: a console state change with a session cookie but without its `X-CSRF-Token` (or from another origin)
  | 'forbidden' // 403: a network's access token asked for another network's list, export or statistics
  | 'idempotency_key_reused' // 422: the Idempotency-Key came with another body within 24 hours; nothing stored
  | 'internal_error' // 500: our fault, try again later
  | 'invalid_body' // 400, with issues (path `answers.<questionId>`, `partner`, `email`, ...)
  | 'invalid_header' // 400: missing or malformed `Idempotency-Key`
  | 'invalid_json' // 400: the body is not JSON
  | 'invalid_param' // 400, with issues: a malformed path parameter (e.g. a console `:reference`)
  | 'invalid_query' // 400, with issues (e.g. `postcode`)
  | 'invalid_transition' // 409: the referral's status cannot move to the one asked (console)
  | 'invitation_already_sent' // 409: the referral was invited to do the check again already; only a failed invitation may be asked again (console)
  | 'network_not_found' // 404
  | 'not_found' // 404
  | 'not_scan_done' // 409: only a referral whose scan is done can be invited to do the check again (console)
  | 'not_failed' // 409: only a referral whose delivery failed can be resent (console)
  | 'origin_not_allowed' // 403: Origin missing, or not registered for this partner
  | 'page_not_built' // 503, development only: the console or embed page needs `npm run build`
  | 'partner_exists' // 409: approving a registration whose partner id a partner got meanwhile (console)
  | 'payload_too_large' // 413: body over 16 kB
  | 'queue_unavailable' // 503: the delivery queue refused a resend; nothing changed, try again
  | 'rate_limited' // 429, with `Retry-After` (seconds)
  | 'referral_erased' // 409: the referral's personal data was erased; it cannot change any more
  | 'reopen_expired' // 409: a closed referral can be reopened within 14 days of closing only (console)
  | 'referral_not_found' // 404: no referral with this reference for this access token
  | 'registration_decided' // 409: the partner registration was approved or refused already (console)
  | 'registration_not_found' // 404: no partner registration with this id for this access token (console)
  | 'submission_reused' // 422: the submissionId came with other answers; nothing stored
  | 'turnstile_failed' // 403: the Turnstile token was missing or not accepted
  | 'unauthorized' // 401, with `WWW-Authenticate: Bearer`: a missing, unknown or revoked access token
  | 'unsupported_media_type' // 415: not application/json
  | 'widget_not_built'; // 503, development only

/** Every error the API answers has this body. */
export interface ErrorBody {
  readonly error: {
    /** Stable, machine-readable: one of {@link ApiErrorCode}. */
    readonly code: string;
    /** Plain English for the developer reading the network tab. */
    readonly message: string;
    readonly issues?: readonly { readonly path: string; readonly message: string }[];
  };
}

/** `detail` of the `cyberscan:referral` event: which network was asked, never what the visitor typed. */
export interface ReferralEventDetail {
  readonly network: string;
}

/** `detail` of the `cyberscan:complete` event: the outcome without any answers. */
export interface CompleteEventDetail {
  readonly bankVersion: string;
  readonly overall: number;
  readonly band: Band;
  readonly principles: readonly PrincipleScore[];
}

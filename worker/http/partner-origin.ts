/**
 * @module CORS for the POST endpoints, and which site a POST comes from. A site a partner
 * registered posts as that partner. Any other web page may post too, so that no visitor of a site
 * that is not (yet) registered is stuck: it posts as the partner "niet-geregistreerde sites", marked
 * with its host name, under a stricter rate limit (and, for referrals, the Turnstile check). The
 * public GET endpoints use `publicResource` (any origin) instead.
 */
import type { Context, Handler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getPartner, UNREGISTERED_PARTNER_ID, type Partner } from '../data';
import { jsonError } from './errors';
import { overLimit, refuseOverLimit } from './rate-limit';
import { referenceOf } from './reference';

/** Where a POST came from: a site its partner registered, or an unregistered site's host name. */
export type SiteSource = { readonly registered: true } | { readonly registered: false; readonly host: string };

/** Bindings and variables of the POST routes; `partner` is null when the body names no known one. */
export interface PartnerApi {
  Bindings: Env;
  Variables: { partner: Partner | null; source: SiteSource };
}

const ALLOW_HEADERS = 'Content-Type, Idempotency-Key';
/** Not CORS-safelisted, so the widget could not read them without this. */
const EXPOSE_HEADERS = 'Retry-After, Idempotent-Replayed';
/** Ten minutes: Chrome caps this at two hours. */
const PREFLIGHT_MAX_AGE = '600';

const isOwnOrigin = (c: Context, origin: string) => origin === new URL(c.req.url).origin;

const refuse = (c: Context, message: string) => jsonError(c, 403, 'origin_not_allowed', message);

const partnerIdIn = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && 'partner' in body && typeof body.partner === 'string' ? body.partner : null;

/**
 * The host (name and any port) of a web page's origin, or null for anything else: a sandboxed
 * frame or a file sends `null`, which names no site anyone could invite to register.
 */
export function webHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin ? url.host : null;
  } catch {
    return null;
  }
}

/** The query parameter of /frame that names the unregistered site framing it (routes/frame.ts). */
export const FRAME_SITE_PARAM = 'site';

/** A host name with an optional port, as webHost gives it: what `site` may hold. */
const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/i;

/** Named where the unregistered frame cannot tell who frames it (the host page sent no Referer). */
export const UNKNOWN_FRAMING_SITE = 'onbekende site (iframe)';

/**
 * The site framing the unregistered /frame whose page posts (its URL is the Referer of the
 * widget's same-origin POSTs), or {@link UNKNOWN_FRAMING_SITE}.
 */
export function framingSite(referer: string | undefined): string {
  try {
    const site = new URL(referer ?? '').searchParams.get(FRAME_SITE_PARAM);
    return site !== null && HOST.test(site) ? site.toLowerCase() : UNKNOWN_FRAMING_SITE;
  } catch {
    return UNKNOWN_FRAMING_SITE;
  }
}

/**
 * Whether a page at `origin` counts as a site `partner` registered: this worker's own pages do,
 * except the unregistered iframe (routes/frame.ts), which names the unregistered partner and so
 * gets that partner's stricter protection like any unregistered site.
 */
export const isRegisteredSite = (ownOrigin: string, origin: string, partnerId: string | null, partner: Partner | null): boolean =>
  origin === ownOrigin ? partnerId !== UNREGISTERED_PARTNER_ID : (partner?.allowedOrigins.includes(origin) ?? false);

/**
 * Answers a preflight. It carries no body, so it cannot name its partner, and since unregistered
 * sites may post too, every web origin passes: the POST itself is checked.
 */
export const preflight: Handler<PartnerApi> = (c) => {
  c.header('Vary', 'Origin');
  const origin = c.req.header('Origin');
  if (origin === undefined || webHost(origin) === null) return refuse(c, 'An Origin header of a web page is required.');
  return c.body(null, 204, {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': ALLOW_HEADERS,
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
  });
};

/**
 * Loads the partner of a POST and its source. `Origin` this worker's own (the demo pages) or one
 * the partner in the body registered: that partner. Any other web origin: the unregistered
 * partner, after the stricter UNREGISTERED_RATE_LIMIT. No `Origin`, or `null`: 403 without any
 * CORS header.
 *
 * A request without `Origin` is refused: browsers send it on every POST, so only non-browser
 * clients lack it; they could forge any origin anyway, which is why this is no authentication
 * (rate limits, the honeypot and Turnstile are), but it leaves no undocumented server-to-server door.
 */
export const partnerOrigin = createMiddleware<PartnerApi>(async (c, next) => {
  c.header('Vary', 'Origin');
  const origin = c.req.header('Origin');
  if (origin === undefined) return refuse(c, 'An Origin header is required.');
  const partnerId = partnerIdIn(await c.req.json());
  const reference = await referenceOf(c);
  const named = partnerId === null ? null : getPartner(reference, partnerId);
  if (isRegisteredSite(new URL(c.req.url).origin, origin, partnerId, named)) {
    c.set('partner', named);
    c.set('source', { registered: true });
  } else {
    const host = isOwnOrigin(c, origin) ? framingSite(c.req.header('Referer')) : webHost(origin);
    if (host === null) return refuse(c, 'Only a web page (http or https) may post.');
    if (await overLimit(c, 'UNREGISTERED_RATE_LIMIT')) return refuseOverLimit(c);
    c.set('partner', getPartner(reference, UNREGISTERED_PARTNER_ID));
    c.set('source', { registered: false, host });
  }
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  await next();
});

/** The answer for a body whose partner does not exist (reached only from this worker's own origin). */
export const unknownPartner = (c: Context) =>
  jsonError(c, 400, 'invalid_body', 'The request body is not valid.', [{ path: 'partner', message: 'Unknown partner.' }]);

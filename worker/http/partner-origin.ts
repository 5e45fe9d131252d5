/**
 * @module CORS for the POST endpoints. Only sites a partner registered may post, and each only as
 * that partner: the origin is checked against the partner named in the body. The public GET
 * endpoints use `publicResource` (any origin) instead.
 */
import type { Context, Handler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getPartner, isRegisteredOrigin, type Partner } from '../data';
import { jsonError } from './errors';

/** Bindings and variables of the POST routes; `partner` is null when the body names no known one. */
export interface PartnerApi {
  Bindings: Env;
  Variables: { partner: Partner | null };
}

const ALLOW_HEADERS = 'Content-Type, Idempotency-Key';
/** Not CORS-safelisted, so the widget could not read them without this. */
const EXPOSE_HEADERS = 'Retry-After, Idempotent-Replayed';
/** Ten minutes: a site a partner removes loses its preflight soon. Chrome caps this at two hours. */
const PREFLIGHT_MAX_AGE = '600';

const isOwnOrigin = (c: Context, origin: string) => origin === new URL(c.req.url).origin;

const refuse = (c: Context, message: string) => jsonError(c, 403, 'origin_not_allowed', message);

const partnerIdIn = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && 'partner' in body && typeof body.partner === 'string' ? body.partner : null;

/**
 * Answers a preflight. It carries no body, so it cannot name its partner: an origin that any
 * partner registered passes, and the POST itself is checked against its own partner.
 */
export const preflight: Handler<PartnerApi> = async (c) => {
  c.header('Vary', 'Origin');
  const origin = c.req.header('Origin');
  if (origin === undefined || !(isOwnOrigin(c, origin) || (await isRegisteredOrigin(c.env.DB, origin)))) {
    return refuse(c, 'This origin is not registered for any partner.');
  }
  return c.body(null, 204, {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': ALLOW_HEADERS,
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
  });
};

/**
 * Lets a POST through when its `Origin` is this worker's own (the demo pages) or one the partner
 * in the body registered, and loads that partner for the handler. Anything else is 403 without any
 * CORS header, so the browser also hides the answer from the page.
 *
 * A request without `Origin` is refused too. Browsers send it on every POST, so only non-browser
 * clients lack it; they could forge any origin anyway, which is why this is no authentication
 * (rate limits, the honeypot and Turnstile are), but it leaves no undocumented server-to-server door.
 */
export const partnerOrigin = createMiddleware<PartnerApi>(async (c, next) => {
  c.header('Vary', 'Origin');
  const partnerId = partnerIdIn(await c.req.json());
  const partner = partnerId === null ? null : await getPartner(c.env.DB, partnerId);
  c.set('partner', partner);
  const origin = c.req.header('Origin');
  if (origin === undefined) return refuse(c, 'An Origin header is required.');
  if (!isOwnOrigin(c, origin) && !partner?.allowedOrigins.includes(origin)) {
    return refuse(c, 'This origin is not registered for the partner in the request.');
  }
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  await next();
});

/** The answer for a body whose partner does not exist (reached only from this worker's own origin). */
export const unknownPartner = (c: Context) =>
  jsonError(c, 400, 'invalid_body', 'The request body is not valid.', [{ path: 'partner', message: 'Unknown partner.' }]);

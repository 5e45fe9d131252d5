/**
 * @module Who may use the console API: a per-network token sees that network's referrals only,
 * the admin token sees all. Two ways in: `Authorization: Bearer cst_…` (scripts, integrations),
 * or the console's session cookie, which the token was exchanged for once at sign-in
 * (worker/routes/console-session.ts). See worker/data/tokens.ts for how tokens are stored and
 * `npm run admin -- token create` for issuing.
 *
 * A cookie travels with every request the browser makes, so a state change by cookie must also
 * prove it comes from the console: the session's CSRF token in {@link CSRF_HEADER}, and no
 * foreign `Origin`. A bearer token is never sent by a browser on its own, so it needs neither.
 *
 * A network token asking for another network's referral gets 404, exactly as for a reference that
 * does not exist, so a token cannot be used to learn which references exist elsewhere.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { csrfTokenOf, findSession } from '../data/sessions';
import { findTokenGrant, type TokenGrant } from '../data/tokens';
import { jsonError } from './errors';
import { CSRF_HEADER, readSessionCookie } from './session-cookie';

/** What the request may see: everything (admin) or one network's data; and through which session, if any. */
export type Access = TokenGrant & { readonly sessionId?: number };

/** Hono variables of routes behind {@link requireAccess}: `c.get('access')`. */
export interface AccessVariables {
  access: Access;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

const READS = new Set(['GET', 'HEAD']);

const unauthorized = (c: Context) => {
  c.header('WWW-Authenticate', 'Bearer');
  return jsonError(c, 401, 'unauthorized', 'Sign in again, or send a valid access token (Authorization: Bearer <token>).');
};

/** Same-origin or no Origin at all (some browsers leave it off same-origin requests); never another site. */
export const sameOrigin = (c: Context): boolean => {
  const origin = c.req.header('Origin');
  return origin === undefined || origin === new URL(c.req.url).origin;
};

/** Whether a state change by cookie carries the session's CSRF token and no foreign Origin. */
async function passesCsrf(c: Context, session: string): Promise<boolean> {
  if (READS.has(c.req.method)) return true;
  const sent = c.req.header(CSRF_HEADER);
  return sameOrigin(c) && sent !== undefined && sent === (await csrfTokenOf(session));
}

/**
 * 401 `unauthorized` (with `WWW-Authenticate: Bearer`) unless the request carries a known,
 * unrevoked token or a live session; 403 `csrf_failed` for a state change by cookie without its
 * CSRF token. Otherwise sets `access` for the handlers. Every answer is `no-store`, as console
 * data must not stay in a shared cache.
 */
export const requireAccess = createMiddleware<{ Bindings: Env; Variables: AccessVariables }>(async (c, next) => {
  c.header('Cache-Control', 'no-store');
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    const grant = token === undefined ? null : await findTokenGrant(c.env.DB, token);
    if (grant === null) return unauthorized(c);
    c.set('access', grant);
    return next();
  }
  const cookie = readSessionCookie(c);
  const session = cookie === undefined ? null : await findSession(c.env.DB, cookie);
  if (cookie === undefined || session === null) return unauthorized(c);
  if (!(await passesCsrf(c, cookie))) {
    return jsonError(c, 403, 'csrf_failed', `A change by session needs the console's ${CSRF_HEADER} header, from this origin.`);
  }
  c.set('access', { ...session.grant, sessionId: session.sessionId });
  await next();
});

/** The network an access is limited to, or null for admin (all networks). */
export const networkScope = (access: Access): string | null => (access.kind === 'admin' ? null : access.networkId);

/**
 * The network a list or export is limited to: a network token's own (asking for another is
 * 'forbidden': networks are public, so a 403 here leaks nothing), an admin's choice or all (null).
 */
export function networkFilterFor(access: Access, requested: string | undefined): string | null | 'forbidden' {
  if (access.kind === 'admin') return requested ?? null;
  return requested === undefined || requested === access.networkId ? access.networkId : 'forbidden';
}

/** 403 for a network token that asked for another network's list. */
export const otherNetwork = (c: Context) =>
  jsonError(c, 403, 'forbidden', 'This token gives access to its own network only.');

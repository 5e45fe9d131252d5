/**
 * @module Who may use the console API: a per-network token sees that network's referrals only,
 * the admin token sees all. Tokens travel as `Authorization: Bearer cst_…`; see
 * worker/data/tokens.ts for how they are stored and `npm run admin -- token create` for issuing.
 *
 * A network token asking for another network's referral gets 404, exactly as for a reference that
 * does not exist, so a token cannot be used to learn which references exist elsewhere.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { findTokenGrant, type TokenGrant } from '../data/tokens';
import { jsonError } from './errors';

/** What the request may see: everything (admin) or one network's data. */
export type Access = TokenGrant;

/** Hono variables of routes behind {@link requireAccess}: `c.get('access')`. */
export interface AccessVariables {
  access: Access;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

const unauthorized = (c: Context) => {
  c.header('WWW-Authenticate', 'Bearer');
  return jsonError(c, 401, 'unauthorized', 'A valid access token is required (Authorization: Bearer <token>).');
};

/**
 * 401 `unauthorized` (with `WWW-Authenticate: Bearer`) unless the request carries a known,
 * unrevoked token; otherwise sets `access` for the handlers. Every answer is `no-store`, as
 * console data must not stay in a shared cache.
 */
export const requireAccess = createMiddleware<{ Bindings: Env; Variables: AccessVariables }>(async (c, next) => {
  c.header('Cache-Control', 'no-store');
  const token = BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
  const grant = token === undefined ? null : await findTokenGrant(c.env.DB, token);
  if (grant === null) return unauthorized(c);
  c.set('access', grant);
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

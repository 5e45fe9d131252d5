/**
 * @module Signing in to and out of the console: `POST /api/v1/console/session` exchanges an
 * access token, once, for a session cookie (worker/http/session-cookie.ts), so the token is never
 * kept in the page and new tabs and reloads stay signed in; `DELETE` ends the session on the
 * server. `GET` tells a page that just loaded whether this browser has a session, and whose:
 * `{ identity }`, null when signed out; a 200 either way, as being signed out is no error.
 */
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import type { Identity } from '../../core/console-identity';
import { networkName } from '../data/inbox';
import { csrfTokenOf, endSession, findSession, startSession } from '../data/sessions';
import { findTokenGrant } from '../data/tokens';
import { requireAccess, sameOrigin, type Access, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../http/session-cookie';
import { validate } from '../http/validate';

type Console = { Bindings: Env; Variables: AccessVariables };

const signInBody = z.strictObject({ token: z.string().check(z.trim(), z.minLength(1, 'Give the access token.'), z.maxLength(200)) });

/** Who `access` is, with the session's CSRF token when signed in by cookie. */
export async function identityOf(c: Context<Console>, access: Access): Promise<Identity> {
  const cookie = access.sessionId === undefined ? undefined : readSessionCookie(c);
  const who = { personName: access.personName ?? '', ...(cookie === undefined ? {} : { csrfToken: await csrfTokenOf(cookie) }) };
  if (access.kind === 'admin') return { kind: 'admin', ...who };
  const name = (await networkName(c.env.DB, access.networkId)) ?? access.networkId;
  return { kind: 'network', network: { id: access.networkId, name }, ...who };
}

export const consoleSession = new Hono<Console>()
  .get('/session', async (c) => {
    c.header('Cache-Control', 'no-store');
    const cookie = readSessionCookie(c);
    const session = cookie === undefined ? null : await findSession(c.env.DB, cookie);
    const identity = session === null ? null : await identityOf(c, { ...session.grant, sessionId: session.sessionId });
    return c.json<{ identity: Identity | null }>({ identity });
  })
  .post('/session', ...jsonBody, validate('json', signInBody), async (c) => {
    c.header('Cache-Control', 'no-store');
    // Signing in by another site's form would put the victim in the attacker's session.
    if (!sameOrigin(c)) return jsonError(c, 403, 'csrf_failed', 'Sign in from the console on this origin.');
    const grant = await findTokenGrant(c.env.DB, c.req.valid('json').token);
    if (grant === null || grant.tokenId === undefined) {
      return jsonError(c, 401, 'unauthorized', 'This access token is unknown or revoked.');
    }
    const session = await startSession(c.env.DB, grant.tokenId);
    writeSessionCookie(c, session);
    return c.json<Identity>({ ...(await identityOf(c, grant)), csrfToken: await csrfTokenOf(session) });
  })
  .delete('/session', requireAccess, async (c) => {
    if (c.var.access.sessionId !== undefined) await endSession(c.env.DB, c.var.access.sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

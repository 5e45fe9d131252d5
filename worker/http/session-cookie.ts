/**
 * @module The console's session cookie. HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page sends it), Path=/ and Secure with the `__Host-` prefix on https, which also pins it
 * to this exact host. Plain http://127.0.0.1 in local development cannot hold a Secure cookie,
 * so there it is a plain cookie of another name; it never lasts longer than the session.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_MAX_MS } from '../data/sessions';

/** The header a state change sends the session's CSRF token in; other sites cannot set it without CORS. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Hono adds `__Host-` in front when the cookie is set or read with `prefix: 'host'`. */
const NAME = 'cyberscan-session';

const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

/** The session id the browser sent, if any (on https only the `__Host-` cookie counts). */
export const readSessionCookie = (c: Context): string | undefined => (isHttps(c) ? getCookie(c, NAME, 'host') : getCookie(c, NAME));

/** Gives the browser the session id; it expires with the session's absolute end. */
export function writeSessionCookie(c: Context, session: string): void {
  const secure = isHttps(c);
  setCookie(c, NAME, session, {
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_MAX_MS / 1000,
    ...(secure ? { prefix: 'host' as const } : {}),
  });
}

/** Tells the browser to drop the cookie (the session itself is ended in the database). */
export function clearSessionCookie(c: Context): void {
  const secure = isHttps(c);
  deleteCookie(c, NAME, { path: '/', secure, httpOnly: true, sameSite: 'Strict', ...(secure ? { prefix: 'host' as const } : {}) });
}

/** Signing in to the console by session, as the console page does, for the worker tests. */
import { exports } from 'cloudflare:workers';
import { ORIGIN, get } from './fetch';

export interface SignedIn {
  /** The `Cookie` request header that sends the session back. */
  readonly cookie: string;
  /** The session's CSRF token, as sign-in answers it. */
  readonly csrf: string;
  /** The raw `Set-Cookie` of the sign-in. */
  readonly setCookie: string;
}

/** POST /api/v1/console/session with `token`, from `origin` (default: this worker). */
export const signInRequest = (token: string, origin = ORIGIN) =>
  exports.default.fetch(
    new Request(`${origin}/api/v1/console/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ token }),
    }),
  );

/** Signs in with `token` and returns what the browser would keep. */
export async function signIn(token: string): Promise<SignedIn> {
  const res = await signInRequest(token);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.get('Set-Cookie') ?? '';
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: setCookie.split(';')[0] ?? '', csrf: body.csrfToken, setCookie };
}

/** A request in the session; `csrf: false` leaves the CSRF header off, as another site's form would. */
export function inSession(session: SignedIn, path: string, init: RequestInit & { csrf?: boolean; origin?: string } = {}) {
  const headers = new Headers(init.headers);
  headers.set('Cookie', session.cookie);
  if (init.csrf !== false && init.method !== undefined) headers.set('X-CSRF-Token', session.csrf);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  headers.set('Origin', init.origin ?? ORIGIN);
  return get(path, { ...init, headers });
}

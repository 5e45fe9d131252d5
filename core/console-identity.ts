/** @module Who is signed in to the network console: an administrator or one network. */

/**
 * `GET /api/v1/console/me`, and the answer to signing in (`POST /api/v1/console/session`).
 * `personName`: whom the token belongs to ('' for an older token without a name). `csrfToken`
 * only for a session: what every change must send as `X-CSRF-Token`.
 */
export type Identity = (
  | { readonly kind: 'admin' }
  | { readonly kind: 'network'; readonly network: { readonly id: string; readonly name: string } }
) & { readonly personName: string; readonly csrfToken?: string };

/** @module Every error the worker answers, as one JSON shape: {@link ErrorBody}. */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode, ErrorBody } from '../../core/contracts';

type Issues = NonNullable<ErrorBody['error']['issues']>;

/** Builds the body of an error response; `issues` is left out when there are none. */
function errorBody(code: ApiErrorCode, message: string, issues?: Issues): ErrorBody {
  return { error: { code, message, ...(issues?.length ? { issues } : {}) } };
}

/**
 * Answers an error as JSON. `no-store`, because an error (a missing widget, a crash) must not
 * outlive its cause in a browser or CDN cache.
 */
export function jsonError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: ApiErrorCode,
  message: string,
  issues?: Issues,
) {
  return c.json(errorBody(code, message, issues), status, { 'Cache-Control': 'no-store' });
}

/**
 * Unknown paths, and known paths asked with a method they do not serve: Hono routes by method and
 * path together, so both end here, and both are 404 (one consistent answer, no `Allow` to maintain).
 */
export const notFound: NotFoundHandler = (c) =>
  jsonError(c, 404, 'not_found', `Nothing here: ${c.req.method} ${c.req.path}`);

/**
 * The last resort. A 4xx `HTTPException` (Hono throws one for a malformed JSON body) keeps its
 * status; anything else is a bug: logged in full for `wrangler tail` (path only: a query string
 * may one day carry what a visitor typed), answered without detail, because a stack trace tells an
 * attacker more than it helps a partner.
 */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    return jsonError(c, err.status, 'bad_request', err.message);
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, err);
  return jsonError(c, 500, 'internal_error', 'Something went wrong on our side. Please try again later.');
};

/**
 * @module `POST /api/v1/referrals/withdraw`: the entrepreneur withdraws a referral with its
 * reference and e-mail address, from a page of this worker or of a registered partner. Always
 * 202 with the same body for a valid request, matched or not (see WITHDRAWAL_RECEIVED). A match
 * also tells the network, through the queue (worker/delivery/README.md). The form at /withdraw
 * (worker/routes/withdrawals-page.ts) does the same without JavaScript.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { isRegisteredOrigin } from '../data';
import { withdrawReferral } from '../data/withdrawal';
import { noticeWithdrawal } from '../delivery/hand-over';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { preflight } from '../http/partner-origin';
import { rateLimit } from '../http/rate-limit';
import { referenceOf } from '../http/reference';
import { validate } from '../http/validate';
import { WITHDRAWAL_RECEIVED, withdrawalRequest } from '../schemas/withdrawal';

/**
 * The body names no partner, so any registered partner origin (or this worker's own) may post;
 * others get 403 without CORS headers, as on the other POST endpoints.
 */
const registeredOrigin = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  c.header('Vary', 'Origin');
  const origin = c.req.header('Origin');
  if (origin === undefined) return jsonError(c, 403, 'origin_not_allowed', 'An Origin header is required.');
  if (origin !== new URL(c.req.url).origin && !isRegisteredOrigin(await referenceOf(c), origin)) {
    return jsonError(c, 403, 'origin_not_allowed', 'This origin is not registered for any partner.');
  }
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Expose-Headers', 'Retry-After');
  await next();
});

export const withdrawals = new Hono<{ Bindings: Env }>()
  .options('/', preflight)
  .post(
    '/',
    registeredOrigin,
    rateLimit('REFERRALS_RATE_LIMIT'),
    ...jsonBody,
    validate('json', withdrawalRequest),
    async (c) => {
      const { reference, email } = c.req.valid('json');
      noticeWithdrawal(c.env, c.executionCtx, await withdrawReferral(c.env.DB, reference, email));
      return c.json(WITHDRAWAL_RECEIVED, 202, { 'Cache-Control': 'no-store' });
    },
  );

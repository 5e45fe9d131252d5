/**
 * @module Operating referral delivery from the console (`/api/v1/console`): resend a failed
 * referral, resend all failed ones, and (admins) see whether delivery keeps up. Same access rules
 * as the inbox: a network token acts on its own network only, another network's referral is 404.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { DeliveryStatusReport, ResendResponse } from '../../core/delivery-api';
import { deliveryOf, deliveryStatusReport, listFailedReferralIds } from '../data';
import { handOver, handOverMany } from '../delivery/hand-over';
import { networkFilterFor, networkScope, otherNetwork, requireAccess, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';
import { validate } from '../http/validate';
import { networkId } from '../schemas/fields';
import { referenceParam } from '../schemas/inbox';

type Console = { Bindings: Env; Variables: AccessVariables };

const networkQuery = z.strictObject({ network: z.optional(networkId) });

/** One queue batch and one write per round; a network's failed referrals after an outage fit in a few. */
const PAGE = 100;

// Access is checked per route, not with use(): a use() here would check the token a second time
// on every inbox request that passes through on its way to inbox.ts.
export const deliveryOperations = new Hono<Console>()
  .post('/referrals/:reference/resend', requireAccess, validate('param', referenceParam), async (c) => {
    const found = await deliveryOf(c.env.DB, c.req.valid('param').reference, networkScope(c.var.access));
    if (found === null) return jsonError(c, 404, 'referral_not_found', 'No referral with this reference for this token.');
    if (found.erased) return jsonError(c, 409, 'referral_erased', 'This referral was erased; there is nothing left to send.');
    if (found.deliveryStatus !== 'failed') {
      return jsonError(c, 409, 'not_failed', `Only a referral whose delivery failed can be resent; this one is ${found.deliveryStatus}.`);
    }
    if (!(await handOver(c.env, found.id))) return jsonError(c, 503, 'queue_unavailable', 'The delivery queue did not take it; try again in a minute.');
    return c.json<ResendResponse>({ resent: 1 });
  })
  .post('/referrals/resend-failed', requireAccess, validate('query', networkQuery), async (c) => {
    const networkId = networkFilterFor(c.var.access, c.req.valid('query').network);
    if (networkId === 'forbidden') return otherNetwork(c);
    let resent = 0;
    for (;;) {
      const ids = await listFailedReferralIds(c.env.DB, networkId, PAGE);
      const queued = await handOverMany(c.env, ids);
      resent += queued;
      // Stop when none is left, or when the queue refused a round (the rest stays failed, nothing lost).
      if (ids.length < PAGE || queued === 0) break;
    }
    return c.json<ResendResponse>({ resent });
  })
  .get('/delivery/status', requireAccess, async (c) => {
    if (c.var.access.kind !== 'admin') return jsonError(c, 403, 'forbidden', 'Delivery status is for administrators.');
    return c.json<DeliveryStatusReport>(await deliveryStatusReport(c.env.DB));
  });

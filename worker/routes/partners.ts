/**
 * @module A partner's public name: `GET /api/v1/partners/:id`. The widget's intro names who offers
 * the check; a page that does not say so itself gets the name the partner registered with.
 * Read from the isolate's reference data, so it costs no D1 round trip.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { PartnerResponse } from '../../core/contracts';
import { getPartner, UNREGISTERED_PARTNER_ID } from '../data';
import { jsonError } from '../http/errors';
import { referenceOf } from '../http/reference';
import { validate } from '../http/validate';
import { partnerId } from '../schemas/fields';

/** Names change rarely; five minutes keeps a change close behind, as for networks. */
const PARTNERS_CACHE = { 'Cache-Control': 'public, max-age=300' };

export const partners = new Hono<{ Bindings: Env }>().get('/:id', validate('param', z.object({ id: partnerId })), async (c) => {
  const { id } = c.req.valid('param');
  const partner = getPartner(await referenceOf(c), id);
  // The catch-all for unregistered sites is no one a visitor should be told offers the check.
  if (partner === null || partner.id === UNREGISTERED_PARTNER_ID) {
    return jsonError(c, 404, 'partner_not_found', 'No registered partner has this id.');
  }
  const body: PartnerResponse = { partner: { id: partner.id, name: partner.name } };
  return c.json(body, 200, PARTNERS_CACHE);
});

/**
 * @module A partner's public name: `GET /api/v1/partners/:id`. The widget's intro names who offers
 * the check; a page that does not say so itself gets the name the partner registered with.
 * Read from the isolate's reference data, so it costs no D1 round trip.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { PartnerResponse } from '../../core/contracts';
import { getPartner } from '../data';
import { isRegisteredSite } from '../http/partner-origin';
import { referenceOf } from '../http/reference';
import { validate } from '../http/validate';
import { partnerId } from '../schemas/fields';

/** Names change rarely; five minutes keeps a change close behind, as for networks. */
const PARTNERS_CACHE = { 'Cache-Control': 'public, max-age=300' };

export const partners = new Hono<{ Bindings: Env }>().get('/:id', validate('param', z.object({ id: partnerId })), async (c) => {
  const { id } = c.req.valid('param');
  const partner = getPartner(await referenceOf(c), id);
  // Only the partner's own sites (and this worker's pages) are told its name: a site that copied
  // another partner's code must not say that partner offers the check. The catch-all for
  // unregistered sites is no one either. A same-origin GET carries no Origin.
  const own = new URL(c.req.url).origin;
  const named = partner !== null && isRegisteredSite(own, c.req.header('Origin') ?? own, id, partner);
  const body: PartnerResponse = { partner: named ? { id: partner.id, name: partner.name } : null };
  return c.json(body, 200, { ...PARTNERS_CACHE, Vary: 'Origin' });
});

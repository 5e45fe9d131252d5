/**
 * @module `GET /api/v1/protection?partner=`: which bot check the referral form on the asking page
 * needs, so it loads Turnstile only where the referral route (routes/referrals.ts) will ask for it.
 * A hint for the form, never a decision: the POST checks again.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ProtectionResponse } from '../../core/contracts';
import { getPartner } from '../data';
import { isRegisteredSite } from '../http/partner-origin';
import { referenceOf } from '../http/reference';
import { validate } from '../http/validate';
import { turnstileWidgetConfig } from '../http/turnstile';
import { partnerId } from '../schemas/fields';
import { needsTurnstile } from './referrals';

const protectionQuery = z.object({ partner: partnerId });

export const protection = new Hono<{ Bindings: Env }>().get('/', validate('query', protectionQuery), async (c) => {
  const id = c.req.valid('query').partner;
  const partner = getPartner(await referenceOf(c), id);
  // A same-origin GET carries no Origin: that is this worker's own page.
  const own = new URL(c.req.url).origin;
  const registered = isRegisteredSite(own, c.req.header('Origin') ?? own, id, partner);
  const needed = needsTurnstile(partner ?? { turnstile: false }, registered ? { registered } : { registered, host: '' });
  const config = turnstileWidgetConfig(c.env);
  const body: ProtectionResponse = !needed ? { botCheck: 'none' } : config === null ? { botCheck: 'unavailable' } : { botCheck: 'turnstile', ...config };
  return c.json(body, 200, { 'Cache-Control': 'no-store', Vary: 'Origin' });
});

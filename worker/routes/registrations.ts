/**
 * @module `POST /api/v1/registrations`: a partner registers its site from /embed. Only /embed
 * itself may post (same origin), always with the Turnstile check and under its own rate limit,
 * as an unregistered site's requests are. The registration waits for a decision in the console;
 * meanwhile the partner id it gets already works, in the unregistered mode.
 */
import { Hono } from 'hono';
import { NATIONAL, partnerIdFromName, type RegistrationResponse } from '../../core/partner-registration';
import { createRegistration, freePartnerId, getNetwork } from '../data';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { rateLimit } from '../http/rate-limit';
import { referenceOf } from '../http/reference';
import { turnstilePasses } from '../http/turnstile';
import { validate } from '../http/validate';
import { registrationRequest } from '../schemas/registration';

export const registrations = new Hono<{ Bindings: Env }>().post(
  '/',
  async (c, next) => {
    // No CORS: only the /embed page of this deployment registers, never another site's script.
    if (c.req.header('Origin') !== new URL(c.req.url).origin) return jsonError(c, 403, 'origin_not_allowed', 'Register on the /embed page of this site.');
    await next();
  },
  rateLimit('REGISTRATIONS_RATE_LIMIT'),
  ...jsonBody,
  validate('json', registrationRequest),
  async (c) => {
    const request = c.req.valid('json');
    const networkId = request.network === NATIONAL ? null : request.network;
    if (networkId !== null && getNetwork(await referenceOf(c), networkId) === null) {
      return jsonError(c, 400, 'invalid_body', 'The request body is not valid.', [{ path: 'network', message: 'Unknown network.' }]);
    }
    if (!(await turnstilePasses(c.env, request.turnstileToken))) {
      return jsonError(c, 403, 'turnstile_failed', 'The bot check did not pass (or this deployment has none configured).');
    }
    // Twice: a registration of the same name at the same moment may take the free id first (unique index).
    for (let attempt = 0; attempt < 2; attempt++) {
      const partnerId = await freePartnerId(c.env.DB, partnerIdFromName(request.organisation));
      if (partnerId === null) break;
      try {
        const registration = await createRegistration(c.env.DB, partnerId, { ...request, networkId }, new Date());
        return c.json<RegistrationResponse>({ registration, partnerId, status: 'pending' }, 201, { 'Cache-Control': 'no-store' });
      } catch (error) {
        if (!String(error).includes('UNIQUE constraint failed')) throw error;
      }
    }
    return jsonError(c, 409, 'conflict', 'No free partner id for this name; add a place name to the organisation.');
  },
);

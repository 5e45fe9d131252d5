/**
 * @module The console's partner registrations: `GET /registrations` (admins all, a network those
 * that chose it), `POST /registrations/:id/approve` and `/refuse`. A decision is stored first
 * and its e-mail to the contact queued after, like a referral's confirmation.
 */
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import type { RegistrationRow, RegistrationsResponse } from '../../core/partner-registration';
import { approveRegistration, getRegistration, invalidateReferenceData, listRegistrations, refuseRegistration, type Decision } from '../data';
import { handOverDecisionMail } from '../delivery/hand-over';
import { networkScope, requireAccess, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { validate } from '../http/validate';
import { refusalRequest } from '../schemas/registration';

type ConsoleApi = { Bindings: Env; Variables: AccessVariables };

const idParam = z.object({ id: z.pipe(z.coerce.number(), z.int().check(z.positive())) });

/** The registration of the path, if this access may see it; else the answer to give. */
async function pendingOf(c: Context<ConsoleApi>, id: number): Promise<RegistrationRow | Response> {
  const registration = await getRegistration(c.env.DB, id, networkScope(c.var.access));
  // Another network's registration answers as one that does not exist.
  if (registration === null) return jsonError(c, 404, 'registration_not_found', 'No registration with this id for this access token.');
  if (registration.status !== 'pending') return jsonError(c, 409, 'registration_decided', `This registration was already ${registration.status}.`);
  return registration;
}

const decisionOf = (c: Context<ConsoleApi>): Decision => ({ by: c.var.access.personName || 'onbekend', at: new Date() });

/** After a decision: the registration as it now is, its e-mail queued (or left for the sweep). */
async function decided(c: Context<ConsoleApi>, id: number) {
  await handOverDecisionMail(c.env, String(id));
  return c.json({ registration: await getRegistration(c.env.DB, id, null) });
}

export const consoleRegistrations = new Hono<ConsoleApi>()
  .use('/registrations', requireAccess)
  .use('/registrations/*', requireAccess)
  .get('/registrations', async (c) =>
    c.json<RegistrationsResponse>({ registrations: await listRegistrations(c.env.DB, networkScope(c.var.access)) }),
  )
  .post('/registrations/:id/approve', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const registration = await pendingOf(c, id);
    if (registration instanceof Response) return registration;
    const origin = c.env.PUBLIC_ORIGIN ?? new URL(c.req.url).origin;
    try {
      if (!(await approveRegistration(c.env.DB, registration, decisionOf(c), origin))) {
        return jsonError(c, 409, 'registration_decided', 'This registration was decided meanwhile.');
      }
      // This isolate sees the new partner at once; others within REFERENCE_CACHE_SECONDS (README).
      invalidateReferenceData();
    } catch (error) {
      // The partners table's primary key: the id was given to a partner after the registration.
      if (!String(error).includes('UNIQUE constraint failed: partners.id')) throw error;
      return jsonError(c, 409, 'partner_exists', `A partner with the id ${registration.partnerId} exists already; refuse this registration and ask for a new one.`);
    }
    return decided(c, id);
  })
  .post('/registrations/:id/refuse', validate('param', idParam), ...jsonBody, validate('json', refusalRequest), async (c) => {
    const { id } = c.req.valid('param');
    const registration = await pendingOf(c, id);
    if (registration instanceof Response) return registration;
    if (!(await refuseRegistration(c.env.DB, id, decisionOf(c), c.req.valid('json').reason || null))) {
      return jsonError(c, 409, 'registration_decided', 'This registration was decided meanwhile.');
    }
    return decided(c, id);
  });

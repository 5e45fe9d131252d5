/**
 * @module `GET /api/v1/console/unregistered-sites`: where the check runs on sites that are not
 * registered, per host name with counts and the last day, so they can be invited to register.
 * Administrators only: the counts span every network.
 */
import { Hono } from 'hono';
import type { UnregisteredSitesResponse } from '../../core/unregistered-sites';
import { listUnregisteredSites } from '../data';
import { requireAccess, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';

export const unregisteredSites = new Hono<{ Bindings: Env; Variables: AccessVariables }>().get('/unregistered-sites', requireAccess, async (c) => {
  if (c.var.access.kind !== 'admin') return jsonError(c, 403, 'forbidden', 'The list of unregistered sites is for administrators.');
  return c.json<UnregisteredSitesResponse>({ sites: await listUnregisteredSites(c.env.DB) });
});

/**
 * @module The regional networks, publicly: `GET /api/v1/networks`, `GET /api/v1/networks/:id`
 * (a network's own site skips routing with it) and `GET /api/v1/route`, which finds the network
 * for a postcode and sector.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { NetworkResponse, NetworksResponse, RouteResponse } from '../../core/contracts';
import { getNetwork, listNetworks, routeToNetwork } from '../data';
import { jsonError } from '../http/errors';
import { referenceOf } from '../http/reference';
import { validate } from '../http/validate';
import { postcode, sector } from '../schemas/fields';

/** Operators edit networks rarely; five minutes keeps a change close behind. */
const NETWORKS_CACHE = { 'Cache-Control': 'public, max-age=300' };

/** The query holds a postcode: no cache along the way should keep it. */
const ROUTE_CACHE = { 'Cache-Control': 'no-store' };

export const networks = new Hono<{ Bindings: Env }>()
  .get('/', async (c) => {
    const body: NetworksResponse = { networks: listNetworks(await referenceOf(c)) };
    return c.json(body, 200, NETWORKS_CACHE);
  })
  .get('/:id', async (c) => {
    const network = getNetwork(await referenceOf(c), c.req.param('id'));
    if (network === null) return jsonError(c, 404, 'network_not_found', 'No active network has this id.');
    const body: NetworkResponse = { network };
    return c.json(body, 200, NETWORKS_CACHE);
  });

/** Other parameters are ignored, like on the assessment endpoint. */
const routeQuery = z.object({ postcode, sector: z.optional(sector) });

export const route = new Hono<{ Bindings: Env }>().get('/', validate('query', routeQuery), async (c) => {
  const query = c.req.valid('query');
  const body: RouteResponse = routeToNetwork(await referenceOf(c), query.postcode, query.sector ?? null);
  return c.json(body, 200, ROUTE_CACHE);
});

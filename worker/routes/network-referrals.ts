/**
 * @module The network console's API under `/api/v1/console`: who am I, the referral inbox, one
 * referral, and moving it along the workflow. Every route needs an access token
 * (worker/http/access.ts); a network token sees its own network only, and another network's
 * referral is 404, as if it did not exist. Same-origin only: the console is served by this
 * worker, so no CORS headers are sent and browsers keep other sites out.
 */
import { Hono } from 'hono';
import { listInbox, networkName } from '../data/referral-inbox';
import { getInboxReferral } from '../data/referral-inbox-detail';
import { updateReferralStatus } from '../data/referral-inbox-status';
import type { Identity, InboxPage } from '../../core/console-api';
import { nextStatuses } from '../../core/referral-workflow';
import { networkFilterFor, networkScope, otherNetwork, requireAccess, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { validate } from '../http/validate';
import { encodeCursor, listQuery, referenceParam, statusUpdateBody } from '../schemas/network-referrals';
import { referralsCsv } from './network-referrals-csv';
import { referralDetail } from './network-referrals-detail';

type Console = { Bindings: Env; Variables: AccessVariables };

const referralNotFound = (c: Parameters<typeof jsonError>[0]) =>
  jsonError(c, 404, 'referral_not_found', 'No referral with this reference for this token.');

export const networkReferrals = new Hono<Console>()
  .use(requireAccess)
  .get('/me', async (c) => {
    const access = c.var.access;
    if (access.kind === 'admin') return c.json<Identity>({ kind: 'admin' });
    const name = (await networkName(c.env.DB, access.networkId)) ?? access.networkId;
    return c.json<Identity>({ kind: 'network', network: { id: access.networkId, name } });
  })
  .get('/referrals', validate('query', listQuery), async (c) => {
    const { network, limit, cursor, ...filters } = c.req.valid('query');
    const networkId = networkFilterFor(c.var.access, network);
    if (networkId === 'forbidden') return otherNetwork(c);
    const page = await listInbox(c.env.DB, { networkId, ...filters }, limit, cursor);
    return c.json<InboxPage>({ referrals: page.items, nextCursor: page.next === null ? null : encodeCursor(page.next) });
  })
  .route('/', referralsCsv)
  .get('/referrals/:reference', validate('param', referenceParam), async (c) => {
    const referral = await getInboxReferral(c.env.DB, c.req.valid('param').reference, networkScope(c.var.access));
    if (referral === null) return referralNotFound(c);
    return c.json({ referral: referralDetail(referral) });
  })
  .patch('/referrals/:reference', validate('param', referenceParam), ...jsonBody, validate('json', statusUpdateBody), async (c) => {
    const { reference } = c.req.valid('param');
    const { status, note } = c.req.valid('json');
    const scope = networkScope(c.var.access);
    const current = await getInboxReferral(c.env.DB, reference, scope);
    if (current === null) return referralNotFound(c);
    if (current.erasedAt !== null) {
      return jsonError(c, 409, 'referral_erased', 'This referral was erased; nothing about it can change any more.');
    }
    const to = status ?? current.status;
    const allowed = nextStatuses(current.status);
    if (to !== current.status && !allowed.some((next) => next === to)) {
      const options = allowed.length === 0 ? 'none: it is closed' : allowed.join(', ');
      return jsonError(c, 409, 'invalid_transition', `A referral that is ${current.status} cannot become ${to}; possible: ${options}.`);
    }
    const by = c.var.access.kind === 'admin' ? 'admin' : 'network';
    if (!(await updateReferralStatus(c.env.DB, { reference, from: current.status, to, note, by }))) {
      return jsonError(c, 409, 'conflict', 'The referral changed meanwhile; load it again and retry.');
    }
    const updated = await getInboxReferral(c.env.DB, reference, scope);
    return updated === null ? referralNotFound(c) : c.json({ referral: referralDetail(updated) });
  });

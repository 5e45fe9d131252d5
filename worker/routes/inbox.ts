/**
 * @module The network console's API under `/api/v1/console`: who am I, the referral inbox (with
 * search), one referral, and changing it (worker/routes/referral-workflow.ts). Every route needs
 * an access token or a session (worker/http/access.ts); a network sees its own network only, and
 * another network's referral is 404, as if it did not exist. Same-origin only: the console is
 * served by this worker, so no CORS headers are sent and browsers keep other sites out.
 */
import { Hono } from 'hono';
import { listInbox } from '../data/inbox';
import { getInboxReferral } from '../data/inbox-detail';
import type { Identity } from '../../core/console-identity';
import type { InboxPage } from '../../core/inbox';
import { networkFilterFor, networkScope, otherNetwork, requireAccess, type AccessVariables } from '../http/access';
import { validate } from '../http/validate';
import { encodeCursor, listQuery, referenceParam } from '../schemas/inbox';
import { identityOf } from './console-session';
import { referralsCsv } from './inbox-csv';
import { referralDetail } from './inbox-detail';
import { recheckInvitations } from './recheck-invitation';
import { referralNotFound, referralWorkflow } from './referral-workflow';

type Console = { Bindings: Env; Variables: AccessVariables };

export const inbox = new Hono<Console>()
  .use(requireAccess)
  .get('/me', async (c) => c.json<Identity>(await identityOf(c, c.var.access)))
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
  .route('/', referralWorkflow)
  .route('/', recheckInvitations);

/**
 * @module `POST /api/v1/console/referrals/:reference/recheck-invitation`: after the students'
 * scan, the network invites the entrepreneur by e-mail to do the check again. Once per referral:
 * a second request is refused, so a double click or two coordinators cannot send it twice; only a
 * failed one may be asked for again. Mounted behind requireAccess by worker/routes/inbox.ts; a
 * network acts on its own referrals only (another network's is 404, as if it did not exist).
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { RECHECK_INVITATION_PATH } from '../../core/recheck-invitation';
import { requestRecheckInvitation } from '../data';
import { getInboxReferral } from '../data/inbox-detail';
import { handOverRecheckInvitations } from '../delivery/hand-over';
import { networkScope, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { validate } from '../http/validate';
import { referenceParam } from '../schemas/inbox';
import { referralDetail } from './inbox-detail';
import { referralNotFound } from './referral-workflow';

type Console = { Bindings: Env; Variables: AccessVariables };

/** Nothing to say: the e-mail is made from the referral. Strict, so a misspelt option is not ignored. */
const invitationBody = z.strictObject({});

export const recheckInvitations = new Hono<Console>()
  .post(`/referrals/:reference/${RECHECK_INVITATION_PATH}`, validate('param', referenceParam), ...jsonBody, validate('json', invitationBody), async (c) => {
    const { reference } = c.req.valid('param');
    const scope = networkScope(c.var.access);
    const referral = await getInboxReferral(c.env.DB, reference, scope);
    if (referral === null) return referralNotFound(c);
    if (referral.erasedAt !== null) return jsonError(c, 409, 'referral_erased', 'This referral was erased; there is no address left to invite.');
    if (referral.status !== 'scan_done') {
      return jsonError(c, 409, 'not_scan_done', `Only a referral whose scan is done can be invited to do the check again; this one is ${referral.status}.`);
    }
    const who = { by: c.var.access.kind === 'admin' ? ('admin' as const) : ('network' as const), byName: c.var.access.personName ?? '' };
    if (!(await requestRecheckInvitation(c.env.DB, referral.id, who))) {
      return jsonError(c, 409, 'invitation_already_sent', 'This referral was invited to do the check again already; an invitation is sent once.');
    }
    // Never throws: one the queue refused stays pending and the cron sweep queues it.
    await handOverRecheckInvitations(c.env, [referral.id]);
    const updated = await getInboxReferral(c.env.DB, reference, scope);
    return c.json({ referral: referralDetail(updated!) }, 202);
  });

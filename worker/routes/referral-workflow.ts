/**
 * @module Changing a referral from the console: `PATCH /referrals/:reference` moves it along the
 * workflow (only the sensible next steps of core/referral-workflow.ts), plans its scan, keeps its
 * note or closes it as a duplicate; `POST /referrals/:reference/reopen` reopens a closed one
 * within 14 days, with a reason. Every change names the person whose token made it. Mounted
 * behind requireAccess by worker/routes/inbox.ts.
 */
import { Hono, type Context } from 'hono';
import { getInboxReferral } from '../data/inbox-detail';
import { reopenReferral, statusBeforeClosing, updateReferralStatus, type Changer } from '../data/inbox-status';
import { REOPEN_DAYS, mayReopen, nextStatuses } from '../../core/referral-workflow';
import { networkScope, type Access, type AccessVariables } from '../http/access';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { validate } from '../http/validate';
import { referenceParam, reopenBody, statusUpdateBody } from '../schemas/inbox';
import { referralDetail } from './inbox-detail';

type Console = { Bindings: Env; Variables: AccessVariables };

/** The same 404 for a reference that does not exist and one of another network. */
export const referralNotFound = (c: Context) => jsonError(c, 404, 'referral_not_found', 'No referral with this reference for this token.');

const erased = (c: Context) => jsonError(c, 409, 'referral_erased', 'This referral was erased; nothing about it can change any more.');

const conflict = (c: Context) => jsonError(c, 409, 'conflict', 'The referral changed meanwhile; load it again and retry.');

const changerOf = (access: Access): Changer => ({ by: access.kind === 'admin' ? 'admin' : 'network', byName: access.personName ?? '' });

/** The referral as the caller may see it after a change. */
async function answerWith(c: Context<Console>, reference: string) {
  const updated = await getInboxReferral(c.env.DB, reference, networkScope(c.var.access));
  return updated === null ? referralNotFound(c) : c.json({ referral: referralDetail(updated) });
}

export const referralWorkflow = new Hono<Console>()
  .patch('/referrals/:reference', validate('param', referenceParam), ...jsonBody, validate('json', statusUpdateBody), async (c) => {
    const { reference } = c.req.valid('param');
    const { status, scanPlannedOn, duplicateOf, ...rest } = c.req.valid('json');
    const scope = networkScope(c.var.access);
    const current = await getInboxReferral(c.env.DB, reference, scope);
    if (current === null) return referralNotFound(c);
    if (current.erasedAt !== null) return erased(c);
    const to = status ?? current.status;
    const allowed = nextStatuses(current.status);
    if (to !== current.status && !allowed.some((next) => next === to)) {
      const options = allowed.length === 0 ? 'none: it is closed' : allowed.join(', ');
      return jsonError(c, 409, 'invalid_transition', `A referral that is ${current.status} cannot become ${to}; possible: ${options}.`);
    }
    if (scanPlannedOn !== undefined && to !== 'scan_planned') {
      return jsonError(c, 409, 'invalid_transition', 'Only a planned scan has a day; move it to scan_planned with it.');
    }
    if (duplicateOf !== undefined) {
      const kept = duplicateOf === reference ? null : await getInboxReferral(c.env.DB, duplicateOf, current.networkId);
      if (kept === null || kept.erasedAt !== null) {
        return jsonError(c, 404, 'referral_not_found', 'The referral to keep is not a live referral of the same network.');
      }
    }
    const update = { reference, from: current.status, to, scanPlannedOn, duplicateOf, ...rest, ...changerOf(c.var.access) };
    if (!(await updateReferralStatus(c.env.DB, update))) return conflict(c);
    return answerWith(c, reference);
  })
  .post('/referrals/:reference/reopen', validate('param', referenceParam), ...jsonBody, validate('json', reopenBody), async (c) => {
    const { reference } = c.req.valid('param');
    const current = await getInboxReferral(c.env.DB, reference, networkScope(c.var.access));
    if (current === null) return referralNotFound(c);
    if (current.erasedAt !== null) return erased(c);
    if (!mayReopen(current, new Date())) {
      const why = current.closedAt === null ? 'it is not closed' : `it is ${current.status}`;
      return jsonError(c, 409, 'reopen_expired', `Only a referral closed by its network within ${REOPEN_DAYS} days can be reopened; ${why}.`);
    }
    const to = await statusBeforeClosing(c.env.DB, reference);
    const reopening = { reference, from: current.status, to, reason: c.req.valid('json').reason, ...changerOf(c.var.access) };
    if (!(await reopenReferral(c.env.DB, reopening))) return conflict(c);
    return answerWith(c, reference);
  });

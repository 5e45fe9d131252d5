/**
 * @module `POST /api/v1/referrals`: an entrepreneur asks their regional network for a full scan.
 * The referral is committed to D1 before the answer and delivered afterwards through the queue
 * (worker/delivery), so a slow or failing network never loses or delays the request.
 */
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import { bankStructure } from '../../core/bank';
import type { ReferralResponse } from '../../core/contracts';
import type { PublicNetwork } from '../../core/routing';
import { scoreAssessment } from '../../core/scoring';
import {
  countUnregisteredSite, createReferral, forgetIdempotencyKeys, getNetwork, getReferralByKey, keyRemembered, newReference, referralKeyHash,
  referralRequestHash, routeToNetwork, type Partner, type ReferenceData, type Referral,
} from '../data';
import { handOver, handOverConfirmations } from '../delivery/hand-over';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { partnerOrigin, preflight, unknownPartner, type PartnerApi, type SiteSource } from '../http/partner-origin';
import { rateLimit } from '../http/rate-limit';
import { referenceOf } from '../http/reference';
import { turnstilePasses } from '../http/turnstile';
import { validate } from '../http/validate';
import { idempotencyKeyHeader } from '../schemas/idempotency-key';
import { referralRequest } from '../schemas/referral';

type ValidReferral = z.output<typeof referralRequest>;

/** The network named in the request (on a network's own site), else the one routing finds. */
function chosenNetwork(data: ReferenceData, request: ValidReferral): PublicNetwork | null {
  if (request.network !== undefined) return getNetwork(data, request.network);
  return routeToNetwork(data, request.postcode, request.sector ?? null).network;
}

/** Unregistered sites always get the bot check; a partner's own sites when the partner asked for it. */
export const needsTurnstile = (partner: Pick<Partner, 'turnstile'>, source: SiteSource): boolean => !source.registered || partner.turnstile;

/** 201 both for a new referral and for a repeat of its key; a repeat says so in a header. */
function answer(c: Context, reference: string, network: { id: string; name: string }, replayed: boolean) {
  const body: ReferralResponse = { reference, network: { id: network.id, name: network.name } };
  return c.json(body, 201, { 'Cache-Control': 'no-store', ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
}

/** A key used again: the same request gets its referral again, another one a 422 and nothing stored. */
async function replay(c: Context<PartnerApi>, earlier: Referral, requestHash: string) {
  // A referral stored without a hash (made before keys had one) is taken as the same request.
  if (earlier.requestHash !== null && earlier.requestHash !== requestHash) {
    return jsonError(
      c,
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was used for another request; make a new key for each form.',
    );
  }
  const network = getNetwork(await referenceOf(c), earlier.networkId);
  return answer(c, earlier.reference, { id: earlier.networkId, name: network?.name ?? earlier.networkId }, true);
}

export const referrals = new Hono<PartnerApi>()
  .options('/', preflight)
  .post(
    '/',
    ...jsonBody,
    partnerOrigin,
    rateLimit('REFERRALS_RATE_LIMIT'),
    validate('header', idempotencyKeyHeader),
    validate('json', referralRequest),
    async (c) => {
      const request = c.req.valid('json');
      const partner = c.var.partner;
      if (partner === null) return unknownPartner(c);
      const keyHash = await referralKeyHash(partner.id, c.req.valid('header')['Idempotency-Key']);
      const requestHash = await referralRequestHash(request);
      const now = new Date();
      // Before Turnstile: a retry of a stored request must get its referral, and a token works once.
      const earlier = await getReferralByKey(c.env.DB, keyHash);
      if (earlier !== null && keyRemembered(earlier.createdAt, now)) return replay(c, earlier, requestHash);
      // A key past its time is forgotten now, not only at the next sweep, so it may make a new referral.
      if (earlier !== null) await forgetIdempotencyKeys(c.env.DB, now.toISOString(), keyHash);

      const network = chosenNetwork(await referenceOf(c), request);
      if (network === null) {
        return jsonError(c, 400, 'invalid_body', 'The request body is not valid.', [{ path: 'network', message: 'Unknown network.' }]);
      }
      // Honeypot filled in: a bot. It gets what a person would, so it learns nothing; nothing is kept.
      if (request.website) return answer(c, newReference(), network, false);
      const source = c.var.source;
      if (needsTurnstile(partner, source) && !(await turnstilePasses(c.env, request.turnstileToken))) {
        return jsonError(c, 403, 'turnstile_failed', 'The bot check did not pass (or this deployment has none configured).');
      }

      // The answers are always scored, but kept only when the entrepreneur chose to share them.
      const { overall, band } = scoreAssessment(bankStructure, request.answers);
      const { referral, created } = await createReferral(
        c.env.DB,
        {
          partnerId: partner.id,
          networkId: network.id,
          postcode: request.postcode,
          companyName: request.companyName,
          contactName: request.contactName,
          email: request.email,
          phone: request.phone,
          sector: request.sector ?? null,
          size: request.size ?? null,
          message: request.message,
          sharedAnswers: request.shareAnswers ? request.answers : null,
          bankVersion: request.bankVersion,
          overall,
          band,
          lang: request.lang,
          sourceHost: source.registered ? null : source.host,
        },
        keyHash,
        now,
        requestHash,
      );
      if (!created) return replay(c, referral, requestHash);
      if (!source.registered) await countUnregisteredSite(c.env.DB, source.host, 'referrals', now.toISOString().slice(0, 10)).run();
      await handOver(c.env, referral.id);
      // Never fails the request: a confirmation the queue refused waits as pending for the sweep.
      await handOverConfirmations(c.env, [referral.id]);
      return answer(c, referral.reference, network, false);
    },
  );

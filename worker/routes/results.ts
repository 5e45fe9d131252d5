/** @module `POST /api/v1/results`: an anonymous result, scored here and stored once per submission. */
import { Hono } from 'hono';
import { bankStructure } from '../../core/bank';
import type { ResultResponse } from '../../core/contracts';
import { scoreAssessment } from '../../core/scoring';
import { countUnregisteredSite, sha256Hex, storeResult, submissionRequestHash } from '../data';
import { resultArea } from '../data/result-area';
import { jsonError } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { partnerOrigin, preflight, unknownPartner, type PartnerApi } from '../http/partner-origin';
import { rateLimit } from '../http/rate-limit';
import { validate } from '../http/validate';
import { resultRequest } from '../schemas/result';

export const results = new Hono<PartnerApi>()
  .options('/', preflight)
  .post('/', ...jsonBody, partnerOrigin, rateLimit('RESULTS_RATE_LIMIT'), validate('json', resultRequest), async (c) => {
    const request = c.req.valid('json');
    const partner = c.var.partner;
    if (partner === null) return unknownPartner(c);
    // The browser scored the answers too, but only this score is stored.
    const { principles, overall, band } = scoreAssessment(bankStructure, request.answers);
    const keyHash = await sha256Hex(request.submissionId);
    // The whole request with its submission id: keyed by an id that is never stored, this hash
    // cannot be matched to a row of results (migrations/0012).
    const requestHash = await sha256Hex(JSON.stringify(request));
    const sector = request.profile?.sector ?? null;
    // The date only: a time of day could single out a visit.
    const day = new Date().toISOString().slice(0, 10);
    // The postcode only decides network and province here; it is in no row and no log line.
    const area = await resultArea(c.env.DB, {
      network: request.network ?? null,
      pc4: request.profile?.postcode ?? null,
      sector,
      partnerDefaultNetwork: partner.defaultNetworkId,
    });
    const { stored } = await storeResult(
      c.env.DB,
      {
        day,
        partnerId: partner.id,
        bankVersion: request.bankVersion,
        lang: request.lang,
        answers: request.answers,
        principleScores: principles,
        overall,
        band,
        sector,
        size: request.profile?.size ?? null,
        ...area,
        // The earlier band and whether the scan came before, nothing more (core/recheck.ts).
        recheck: request.recheck ?? null,
      },
      keyHash,
      requestHash,
    );
    // A replay with other answers would be answered with a score that was never stored: refuse it.
    const earlierHash = stored ? null : await submissionRequestHash(c.env.DB, keyHash);
    if (earlierHash !== null && earlierHash !== requestHash) {
      return jsonError(c, 422, 'submission_reused', 'This submissionId was sent before with other answers; make a new id for each assessment.');
    }
    const source = c.var.source;
    if (stored && !source.registered) await countUnregisteredSite(c.env.DB, source.host, 'results', day).run();
    const body: ResultResponse = { stored: true, overall, band };
    // A repeat answers like the first time, so a retrying browser needs no special case.
    return c.json(body, 201, { 'Cache-Control': 'no-store', ...(stored ? {} : { 'Idempotent-Replayed': 'true' }) });
  });

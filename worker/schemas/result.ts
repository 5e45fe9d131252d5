/** @module The body of `POST /api/v1/results` (contract: `ResultRequest` in core/contracts.ts). */
import * as z from 'zod';
import type { ResultRequest } from '../../core/contracts';
import { BANDS } from '../../core/scoring';
import { answerSet, answersFit, bankVersion, lang, networkId, partnerId, postcode, sector, size, type MatchesContract } from './fields';

/**
 * Strict: an unknown field is refused rather than dropped, so a browser that sends its own score
 * learns at once that it is not wanted; the worker scores the answers itself.
 */
export const resultRequest = z.strictObject({
  submissionId: z.uuid({ error: 'Expected a random UUID made by the browser.' }),
  partner: partnerId,
  network: networkId.optional(),
  bankVersion,
  lang,
  answers: answerSet,
  profile: z.strictObject({ sector: sector.optional(), size: size.optional(), postcode: postcode.optional() }).optional(),
  // Strict like the rest: a date, score or id of the earlier result is refused (core/recheck.ts says why).
  recheck: z.strictObject({ previousBand: z.enum(BANDS), afterScan: z.boolean() }).optional(),
}).superRefine(...answersFit((body) => body.profile));

true satisfies MatchesContract<ResultRequest, z.input<typeof resultRequest>>;

/** @module The `Idempotency-Key` header of `POST /api/v1/referrals`. */
import * as z from 'zod/mini';
import { IDEMPOTENCY_KEY_PATTERN } from '../../core/contracts';

/** Header names are matched case-insensitively by the validator. */
export const idempotencyKeyHeader = z.object({
  'Idempotency-Key': z
    .string({ error: 'An Idempotency-Key header is required: a random id made once per form, such as a UUID.' })
    .check(z.regex(IDEMPOTENCY_KEY_PATTERN, 'The Idempotency-Key is 8 to 100 letters, digits, - or _.')),
});

/** @module The body of `POST /api/v1/referrals/withdraw` and the fields of the form at /withdraw. */
import * as z from 'zod/mini';
import { LANGS } from '../../core/bank/types';
import { REFERRAL_FIELD_MAX } from '../../core/referral-fields';
import { REFERENCE_PATTERN } from '../../core/reference';

/** As printed, but forgiving about case and spaces around it: it is typed over from an e-mail. */
const reference = z
  .string({ error: 'Enter the reference of the referral.' })
  .check(z.trim(), z.toUpperCase(), z.regex(REFERENCE_PATTERN, 'Expected a reference such as CS-7K4P-2QX9.'));

const email = z.pipe(
  z
    .string({ error: 'Enter the e-mail address of the referral.' })
    .check(z.trim(), z.maxLength(REFERRAL_FIELD_MAX.email, `An e-mail address is at most ${REFERRAL_FIELD_MAX.email} characters.`)),
  z.email({ error: 'Enter a valid e-mail address, such as name@example.nl.' }),
);

const fields = { reference, email };

/** `{ reference, email }`; nothing else. */
export const withdrawalRequest = z.strictObject(fields);

/** The form also says which language to answer in; a browser may add other fields, which are ignored. */
export const withdrawalForm = z.object({ ...fields, lang: z.catch(z.enum(LANGS), 'nl') });

/**
 * The one answer to every valid withdrawal request, matched or not: a different answer would let
 * anyone test which e-mail address made a referral.
 */
export const WITHDRAWAL_RECEIVED = {
  status: 'received',
  message:
    'If the reference and e-mail address belong to a referral, its personal data is now erased and ' +
    'the network sees that the referral was withdrawn.',
} as const;

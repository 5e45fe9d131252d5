/** @module The body of `POST /api/v1/referrals` (contract: `ReferralRequest` in core/contracts.ts). */
import * as z from 'zod/mini';
import type { ReferralRequest } from '../../core/contracts';
import { PHONE_PATTERN, REFERRAL_FIELD_MAX as MAX } from '../../core/referral-fields';
import { answerSet, answersFit, bankVersion, lang, networkId, partnerId, postcode, sector, size, type MatchesContract } from './fields';
import { withTextRule } from './text';

/** One line (core/text.ts): these fields end up in e-mail headers, lists and spreadsheets. */
const line = (label: string, max: number) =>
  withTextRule(
    z.string({ error: `${label} is required.` }).check(
      z.trim(),
      z.minLength(1, `${label} is required.`),
      z.maxLength(max, `${label} is at most ${max} characters.`),
    ),
    label,
    'one-line',
  );

/** An optional text field; a form sends an empty field as "", which counts as not given. */
const optional = (schema: z.ZodMiniString) =>
  z.pipe(
    z.optional(z.union([z.literal(''), z.null(), schema])),
    z.transform((value: string | null | undefined) => (value ? value : null)),
  );

export const referralRequest = z.strictObject({
  partner: partnerId,
  network: z.optional(networkId),
  postcode,
  companyName: line('Company name', MAX.companyName),
  contactName: line('Contact name', MAX.contactName),
  email: z.pipe(
    z.string({ error: 'E-mail address is required.' }).check(z.trim(), z.maxLength(MAX.email, `An e-mail address is at most ${MAX.email} characters.`)),
    z.email({ error: 'Enter a valid e-mail address, such as name@example.nl.' }),
  ),
  phone: optional(
    z.string().check(z.trim(), z.regex(PHONE_PATTERN, 'A phone number has 8 to 20 characters: digits, spaces, +, - and brackets.')),
  ),
  sector: z.optional(sector),
  size: z.optional(size),
  message: optional(withTextRule(z.string().check(z.trim(), z.maxLength(MAX.message, `The message is at most ${MAX.message} characters.`)), 'The message', 'multi-line')),
  shareAnswers: z.boolean({ error: 'Say whether the answers may be shared (true or false).' }),
  answers: answerSet,
  bankVersion,
  lang,
  /** Honeypot; any content is accepted here and acted on by the route. */
  website: z.optional(z.string().check(z.maxLength(1000))),
  turnstileToken: z.optional(z.string().check(z.maxLength(2048))),
}).check(z.superRefine(...answersFit((body) => body)));

true satisfies MatchesContract<ReferralRequest, z.input<typeof referralRequest>>;

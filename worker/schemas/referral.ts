/** @module The body of `POST /api/v1/referrals` (contract: `ReferralRequest` in core/contracts.ts). */
import * as z from 'zod';
import type { ReferralRequest } from '../../core/contracts';
import { PHONE_PATTERN, REFERRAL_FIELD_MAX as MAX } from '../../core/referral-fields';
import { answerSet, answersFit, bankVersion, lang, networkId, partnerId, postcode, sector, size, type MatchesContract } from './fields';
import { withTextRule } from './text';

/** One line (core/text.ts): these fields end up in e-mail headers, lists and spreadsheets. */
const line = (label: string, max: number) =>
  withTextRule(
    z
      .string({ error: `${label} is required.` })
      .trim()
      .min(1, `${label} is required.`)
      .max(max, `${label} is at most ${max} characters.`),
    label,
    'one-line',
  );

/** An optional text field; a form sends an empty field as "", which counts as not given. */
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([z.literal(''), z.null(), schema])
    .optional()
    .transform((value) => (value ? value : null));

export const referralRequest = z.strictObject({
  partner: partnerId,
  network: networkId.optional(),
  postcode,
  companyName: line('Company name', MAX.companyName),
  contactName: line('Contact name', MAX.contactName),
  email: z
    .string({ error: 'E-mail address is required.' })
    .trim()
    .max(MAX.email, `An e-mail address is at most ${MAX.email} characters.`)
    .pipe(z.email({ error: 'Enter a valid e-mail address, such as name@example.nl.' })),
  phone: optional(
    z.string().trim().regex(PHONE_PATTERN, 'A phone number has 8 to 20 characters: digits, spaces, +, - and brackets.'),
  ),
  sector: sector.optional(),
  size: size.optional(),
  message: optional(withTextRule(z.string().trim().max(MAX.message, `The message is at most ${MAX.message} characters.`), 'The message', 'multi-line')),
  shareAnswers: z.boolean({ error: 'Say whether the answers may be shared (true or false).' }),
  answers: answerSet,
  bankVersion,
  lang,
  /** Honeypot; any content is accepted here and acted on by the route. */
  website: z.string().max(1000).optional(),
  turnstileToken: z.string().max(2048).optional(),
}).superRefine(...answersFit((body) => body));

true satisfies MatchesContract<ReferralRequest, z.input<typeof referralRequest>>;

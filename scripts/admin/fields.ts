/**
 * @module The values the admin tool accepts, as zod schemas. They repeat the CHECK constraints of
 * migrations/ so a mistake is explained before anything reaches the database.
 */
import { z } from 'zod';
import { PARTNER_ID_PATTERN } from '../../core/partner-id';
import { SECTOR_IDS } from '../../core/profile';
import { TEXT_PROBLEM_MESSAGES, textProblem } from '../../core/text';

const missingOr = (message: string) => (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : message);

/** A network or partner id: a slug by the partner-id rule, which new network ids follow too. */
export const slug = z.string({ error: missingOr('expected text') }).regex(PARTNER_ID_PATTERN, 'use lower-case letters, digits and hyphens (at most 64)');

/** One line of text, trimmed, not empty, by the core text rule (core/text.ts). */
export const line = (max: number) =>
  z
    .string({ error: missingOr('expected text') })
    .trim()
    .min(1, 'may not be empty')
    .max(max, `at most ${max} characters`)
    .superRefine((text, ctx) => {
      const problem = textProblem(text, 'one-line');
      if (problem !== null) ctx.addIssue({ code: 'custom', message: TEXT_PROBLEM_MESSAGES[problem]['one-line'] });
    });

/** An optional text that `""` clears (stored as NULL). */
export const clearable = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (value === '' ? null : value), schema.nullable());

export const httpsUrl = z
  .string({ error: missingOr('expected a URL') })
  .regex(/^https:\/\/[^\s]+$/, 'must be an https:// URL')
  .refine((text) => URL.canParse(text), 'is not a valid URL');

export const yesNo = z.enum(['yes', 'no'], { error: missingOr('expected yes or no') }).transform((answer) => (answer === 'yes' ? 1 : 0));

export const studentScan = z.enum(['yes', 'no', 'unknown'], { error: missingOr('expected yes, no or unknown') });

export const sector = z.enum(SECTOR_IDS, { error: missingOr(`expected one of: ${SECTOR_IDS.join(', ')}`) });

/** As the worker compares it with a browser's Origin header: scheme, host and port, nothing more. */
const origin = z.string().refine((text) => {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
}, 'each origin must look like https://www.example.nl (no path, no trailing slash)');

/** `https://a.example,https://b.example` → a list without repeats. */
export const origins = z
  .string({ error: missingOr('expected a comma-separated list of origins') })
  .transform((text) => [...new Set(text.split(',').map((part) => part.trim()).filter((part) => part !== ''))])
  .pipe(z.array(origin).max(50, 'at most 50 origins'));

/** `1000-1099`: an inclusive range of four-digit postcodes. */
export const pc4Range = z
  .string({ error: missingOr('expected a range such as 1000-1099') })
  .regex(/^\d{4}-\d{4}$/, 'expected a range such as 1000-1099')
  .transform((text) => {
    const [from, to] = text.split('-').map(Number) as [number, number];
    return { from, to };
  })
  .refine((range) => range.from >= 1000 && range.to <= 9999, 'postcodes run from 1000 to 9999')
  .refine((range) => range.from <= range.to, 'the first postcode must not be above the second');

/** The name of a Worker secret, as network_channels.secret_ref allows it. */
export const secretRef = z.string({ error: missingOr('expected a secret name') }).regex(/^[A-Z0-9_]{1,64}$/, 'use capitals, digits and _ (e.g. CYBERWERF_WEBHOOK_SECRET)');

export const email = z.email({ error: missingOr('expected an e-mail address') }).max(254);

export const rowId = z.coerce.number({ error: missingOr('expected a number') }).int('expected a whole number').positive('expected a positive number');

export const label = z.string().trim().max(100, 'at most 100 characters');

/** A webhook channel's target as stored: an https URL, or a path on this worker (the development inbox). */
export const webhookTarget = z
  .string({ error: missingOr('expected a URL') })
  .refine((text) => /^\/\S+$/.test(text) || httpsUrl.safeParse(text).success, 'must be an https:// URL, or a path such as /dev/inbox');

export const signatureFormat = z.enum(['standard', 'legacy'], { error: missingOr('expected standard or legacy') });

/** How long a rotated-out secret keeps signing beside the new one: an hour to thirty days. */
export const overlapHours = z.coerce
  .number({ error: missingOr('expected a number of hours') })
  .int('expected a whole number of hours')
  .min(1, 'at least 1 hour')
  .max(720, 'at most 720 hours (30 days)');

/** @module The bodies of partner registration (contracts: core/partner-registration.ts). */
import * as z from 'zod/mini';
import { NATIONAL, REGISTRATION_MAX as MAX, originProblem, type RefusalRequest, type RegistrationRequest } from '../../core/partner-registration';
import { networkId, type MatchesContract } from './fields';
import { withTextRule } from './text';

const ORIGIN_MESSAGES = {
  'not-an-origin': 'Expected an origin such as https://www.example.nl (no path, no trailing slash).',
  'not-https': 'A site must use https (http only for localhost).',
} as const;

const origin = z.string().check(
  z.trim(),
  z.superRefine((value, ctx) => {
    const problem = originProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: ORIGIN_MESSAGES[problem], input: value });
  }),
);

export const registrationRequest = z.strictObject({
  organisation: withTextRule(
    z.string({ error: 'The organisation is required.' }).check(
      z.trim(),
      z.minLength(1, 'The organisation is required.'),
      z.maxLength(MAX.organisation, `The organisation is at most ${MAX.organisation} characters.`),
    ),
    'The organisation',
    'one-line',
  ),
  email: z.pipe(
    z.string({ error: 'E-mail address is required.' }).check(z.trim(), z.maxLength(MAX.email, `An e-mail address is at most ${MAX.email} characters.`)),
    z.email({ error: 'Enter a valid e-mail address, such as name@example.nl.' }),
  ),
  origins: z.pipe(
    z.readonly(
      z.array(origin, { error: 'Expected a list of origins.' }).check(
        z.minLength(1, 'Give at least one origin of your site.'),
        z.maxLength(MAX.origins, `At most ${MAX.origins} origins.`),
      ),
    ),
    z.transform((origins: readonly string[]) => [...new Set(origins)]),
  ),
  network: z.union([z.literal(NATIONAL), networkId], { error: `Expected a network id or "${NATIONAL}".` }),
  turnstileToken: z.optional(z.string().check(z.maxLength(2048))),
});

true satisfies MatchesContract<RegistrationRequest, z.input<typeof registrationRequest>>;

export const refusalRequest = z.strictObject({
  reason: z.optional(withTextRule(z.string().check(z.trim(), z.maxLength(500, 'The reason is at most 500 characters.')), 'The reason', 'multi-line')),
});

true satisfies MatchesContract<RefusalRequest, z.input<typeof refusalRequest>>;

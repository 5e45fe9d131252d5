/**
 * @module The fields the results and referral bodies share, as zod schemas. The rules themselves
 * are the core's (answer validation, postcode, profile bands), so widget and worker agree.
 */
import * as z from 'zod/mini';
import type { Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank';
import { LANGS } from '../../core/bank/types';
import { SECTOR_IDS, SIZE_IDS, type Profile, type SectorId, type SizeId } from '../../core/profile';
import { NETWORK_ID_PATTERN } from '../../core/network-id';
import { PARTNER_ID_PATTERN } from '../../core/partner-id';
import { parsePostcode, type PostcodeProblem } from '../../core/routing';
import { answerProblems, type AnswerProblemKind } from '../../core/validate-answers';

/**
 * True when a schema reads exactly the contract: the same fields, and every body the contract
 * describes is an input the schema takes. Used as `true satisfies MatchesContract<...>`, so a field
 * added on one side only breaks the type check, not a partner's widget.
 */
export type MatchesContract<Contract, Input> = [Contract] extends [Input]
  ? [keyof Contract, keyof Input] extends [keyof Input, keyof Contract]
    ? true
    : false
  : false;

/** A partner id as the partners table allows it; whether it exists is checked against D1. */
export const partnerId = z.string().check(z.regex(PARTNER_ID_PATTERN, 'Expected a partner id.'));

/** Answers to another version of the bank cannot be scored against this one. */
export const bankVersion = z.literal(bankStructure.version, {
  error: `Unknown question bank version; this server has ${bankStructure.version}.`,
});

export const lang = z.enum(LANGS, { error: `Expected one of: ${LANGS.join(', ')}.` });

export const sector = z.enum(SECTOR_IDS, { error: 'Unknown sector.' });

export const size = z.enum(SIZE_IDS, { error: 'Unknown company size.' });

/** The answers as sent: a record. Whether they fit the bank depends on the profile, see `answersFit`. */
export const answerSet = z.pipe(z.record(z.string(), z.unknown()), z.transform((answers) => answers as Answers));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The valid parts of a sent profile; an invalid part has an issue of its own and counts as skipped. */
const validProfile = (parts: unknown): Profile =>
  isRecord(parts)
    ? {
        ...((SECTOR_IDS as readonly unknown[]).includes(parts.sector) && { sector: parts.sector as SectorId }),
        ...((SIZE_IDS as readonly unknown[]).includes(parts.size) && { size: parts.size as SizeId }),
      }
    : {};

/** The API's words for each answer problem (core/validate-answers.ts); `given` is the answer sent. */
const ANSWER_PROBLEMS: Readonly<Record<AnswerProblemKind, (given: unknown) => string>> = {
  'unknown-question': () => 'unknown question',
  'not-asked': () => 'not asked for this company profile',
  'not-answered': () => 'not answered',
  'not-an-answer': () => 'not a valid answer',
  'not-offered': (given) => `"${String(given)}" is not offered for this question`,
};

/**
 * A refinement of a whole body: the core's answer problems for the company the body describes
 * (`profileOf` finds its sector and size), each an issue at `answers.<questionId>`. It runs even
 * when other fields fail (`when`), so a body's problems are all reported at once.
 */
export function answersFit(profileOf: (body: Record<string, unknown>) => unknown) {
  return [
    (body: object, ctx: z.core.$RefinementCtx<object>) => {
      const { answers } = body as { answers: Record<string, unknown> };
      for (const problem of answerProblems(bankStructure, answers, validProfile(profileOf(body as Record<string, unknown>)))) {
        ctx.addIssue({ code: 'custom', path: ['answers', problem.path], message: ANSWER_PROBLEMS[problem.kind](answers[problem.path]) });
      }
    },
    { when: (payload: { value: unknown }) => isRecord(payload.value) && isRecord(payload.value.answers) },
  ] as const;
}

const POSTCODE_PROBLEMS: Readonly<Record<PostcodeProblem, string>> = {
  empty: 'Enter a postcode.',
  'not-a-postcode': 'Not a Dutch postcode: four digits, optionally followed by two letters (3511 AB).',
  'starts-with-zero': 'A Dutch postcode does not start with 0.',
};

/** A Dutch postcode, read as its four digits (PC4); the letters are dropped, never kept. */
export const postcode = z.pipe(
  z.string({ error: 'Enter a postcode.' }).check(z.maxLength(16, POSTCODE_PROBLEMS['not-a-postcode'])),
  z.transform((text: string, ctx) => {
    const parsed = parsePostcode(text);
    if (parsed.ok) return parsed.pc4;
    ctx.issues.push({ code: 'custom', message: POSTCODE_PROBLEMS[parsed.reason], input: text });
    return z.NEVER;
  }),
);

/** A network id as the networks table allows it; whether it is an active network is checked against D1. */
export const networkId = z.string().check(z.regex(NETWORK_ID_PATTERN, 'Expected a network id.'));

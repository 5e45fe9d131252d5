/**
 * @module Runtime schema of the question bank. The worker and the tests validate with it; the
 * widget does not import it (zod would triple the bundle) and trusts the tested JSON instead.
 */
import * as z from 'zod';
import { ANSWERS } from '../answers';
import { SECTOR_IDS, SIZE_IDS } from '../profile';
import { LANGS, PRINCIPLE_2018_IDS, PRINCIPLE_IDS } from './types';

/** Critical questions cap the band, so there must be few of them to keep the cap meaningful. */
export const MAX_CRITICAL = 5;

const text = z.string().trim().min(1);

export const questionStructureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase kebab-case'),
    principle: z.enum(PRINCIPLE_IDS),
    weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    critical: z.boolean(),
    answers: z.array(z.enum(ANSWERS)),
    showWhen: z
      .object({ sizes: z.array(z.enum(SIZE_IDS)).min(1).optional(), sectors: z.array(z.enum(SECTOR_IDS)).min(1).optional() })
      .strict()
      .optional(),
    covers2018: z.array(z.enum(PRINCIPLE_2018_IDS)),
  })
  .strict()
  .superRefine((q, ctx) => {
    // Display order is the order of ANSWERS, so every widget lists the options alike.
    if (q.answers.join() !== ANSWERS.filter((a) => q.answers.includes(a)).join()) {
      ctx.addIssue({ code: 'custom', message: `${q.id}: answers in the order ${ANSWERS.join(', ')}, each once` });
    }
    // Yes, no and "don't know" are always offered: "don't know" is the best reason for a scan.
    for (const needed of ['yes', 'no', 'unknown'] as const) {
      if (!q.answers.includes(needed)) ctx.addIssue({ code: 'custom', message: `${q.id}: every question offers "${needed}"` });
    }
    if (q.critical && q.answers.includes('na')) {
      ctx.addIssue({ code: 'custom', message: `${q.id}: a critical question cannot offer "not applicable"` });
    }
  });

export const bankStructureSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d+$/),
    principles: z.array(z.enum(PRINCIPLE_IDS)),
    questions: z.array(questionStructureSchema).min(15).max(21),
  })
  .strict()
  .superRefine((bank, ctx) => {
    const ids = bank.questions.map((q) => q.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', message: `duplicate question id ${id}` });
    });
    if (bank.principles.join() !== PRINCIPLE_IDS.join()) {
      ctx.addIssue({ code: 'custom', message: 'principles must be the five, in official order' });
    }
    for (const p of PRINCIPLE_IDS) {
      const n = bank.questions.filter((q) => q.principle === p).length;
      if (n < 3 || n > 5) ctx.addIssue({ code: 'custom', message: `${p} has ${n} questions, not 3 to 5` });
    }
    const critical = bank.questions.filter((q) => q.critical).length;
    if (critical > MAX_CRITICAL) {
      ctx.addIssue({ code: 'custom', message: `${critical} critical questions; at most ${MAX_CRITICAL}` });
    }
  });

const questionTextSchema = z.object({ text, why: text }).strict();

export const bankTextsSchema = z
  .object({
    lang: z.enum(LANGS),
    principles: z.record(z.enum(PRINCIPLE_IDS), z.object({ title: text, summary: text }).strict()),
    questions: z.record(z.string(), questionTextSchema),
  })
  .strict();

export const bankAdviceSchema = z
  .object({
    lang: z.enum(LANGS),
    questions: z.record(z.string(), z.object({ no: text, partial: text.optional(), unknown: text, askSupplier: text }).strict()),
  })
  .strict();

/** Lists what is missing or extra in `texts` (or advice) compared with the structure's question ids. */
export function textCoverageProblems(
  questionIds: readonly string[],
  texts: { readonly lang: string; readonly questions: Readonly<Record<string, unknown>> },
): string[] {
  const have = Object.keys(texts.questions);
  return [
    ...questionIds.filter((id) => !have.includes(id)).map((id) => `${texts.lang}: no text for ${id}`),
    ...have.filter((id) => !questionIds.includes(id)).map((id) => `${texts.lang}: text for unknown question ${id}`),
  ];
}

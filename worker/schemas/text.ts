/** @module The core text rule (core/text.ts) as a zod refinement, for every free-text field of the API. */
import * as z from 'zod/mini';
import { TEXT_PROBLEM_MESSAGES, textProblem, type TextKind } from '../../core/text';

/**
 * Refines a string schema with the text rule; the issue names the field (`label`) and sits at the
 * field's path. A multi-line field's CRLF line ends become LF first: a client on Windows may send them.
 */
export const withTextRule = (schema: z.ZodMiniString, label: string, kind: TextKind): z.ZodMiniString =>
  // overwrite and superRefine are checks, so the schema stays a string schema (a union keeps its issues).
  schema.check(
    z.overwrite((text) => (kind === 'multi-line' ? text.replace(/\r\n/g, '\n') : text)),
    z.superRefine((text, ctx) => {
      const problem = textProblem(text, kind);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: `${label} ${TEXT_PROBLEM_MESSAGES[problem][kind]}.` });
    }),
  );

/** @module Request validation with zod, answering failures in the shared error shape. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod/mini';
import type { ApiErrorCode } from '../../core/contracts';
import '../schemas/zod-messages';
import { jsonError } from './errors';

/**
 * What a failure of each target answers, and calls the target: a client sends a body, not "json"
 * (and `invalid_json` already means a body that does not parse). Only targets listed here can be
 * validated, so every code they answer is an {@link ApiErrorCode}.
 */
const TARGETS = {
  json: { code: 'invalid_body', name: 'body' },
  query: { code: 'invalid_query', name: 'query' },
  param: { code: 'invalid_param', name: 'param' },
  header: { code: 'invalid_header', name: 'header' },
} as const satisfies Partial<Record<keyof ValidationTargets, { code: ApiErrorCode; name: string }>>;

/**
 * `zValidator` whose failures answer 400 with the target's code (`invalid_body` for JSON) and one
 * issue per problem, its path joined with '.' (e.g. `lang`, `answers.vital-systems`), instead of
 * zod's raw error object.
 */
export const validate = <Target extends keyof typeof TARGETS, Schema extends z.ZodMiniType>(
  target: Target,
  schema: Schema,
) =>
  zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const { code, name } = TARGETS[target];
    return jsonError(c, 400, code, `The request ${name} is not valid.`, issues);
  });

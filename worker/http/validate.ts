/** @module Request validation with zod, answering failures in the shared error shape. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { jsonError } from './errors';

/**
 * `zValidator` whose failures answer 400 `invalid_<target>` with one issue per problem, its path
 * joined with '.' (e.g. `lang`, `answers.vital-systems`), instead of zod's raw error object.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) =>
  zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return jsonError(c, 400, `invalid_${target}`, `The request ${target} is not valid.`, issues);
  });

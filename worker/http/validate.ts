/** @module Request validation with zod, answering failures in the shared error shape. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { jsonError } from './errors';

/** What an error calls each target: a client sends a body, not "json". */
const TARGET_NAMES: Partial<Record<keyof ValidationTargets, string>> = { json: 'body' };

/**
 * `zValidator` whose failures answer 400 `invalid_<target>` (`invalid_body` for JSON, so it is
 * not mistaken for `invalid_json`, a body that does not parse) with one issue per problem, its
 * path joined with '.' (e.g. `lang`, `answers.vital-systems`), instead of zod's raw error object.
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
    const name = TARGET_NAMES[target] ?? target;
    return jsonError(c, 400, `invalid_${name}`, `The request ${name} is not valid.`, issues);
  });

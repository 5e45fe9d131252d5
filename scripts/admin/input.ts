/** @module Turning a command's positionals and flags into one validated object, with zod. */
import type { z } from 'zod';
import { UsageError, camelCase, flagName } from './args';

/**
 * Names the positionals (in order) and merges them with the flags, then validates the whole with
 * `schema` (a strict object: an unknown flag is an error). Every problem becomes one line of a
 * UsageError, named as the user typed it: `<networkId>` or `--website`.
 */
export function validateInput<Schema extends z.ZodType>(
  schema: Schema,
  positionalNames: readonly string[],
  positionals: readonly string[],
  flags: Readonly<Record<string, string | true>>,
): z.output<Schema> {
  if (positionals.length > positionalNames.length) {
    throw new UsageError(`Unexpected argument: ${positionals[positionalNames.length]}`);
  }
  const input: Record<string, unknown> = {};
  positionalNames.forEach((name, i) => {
    if (positionals[i] !== undefined) input[name] = positionals[i];
  });
  for (const [flag, value] of Object.entries(flags)) input[camelCase(flag)] = value;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${flagName(key)}: not an option of this command`);
    const key = String(issue.path[0] ?? '');
    const where = key === '' ? '' : positionalNames.includes(key) ? `<${key}>: ` : `${flagName(key)}: `;
    return [`${where}${issue.message}`];
  });
  throw new UsageError(lines.join('\n'));
}

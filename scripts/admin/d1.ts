/**
 * @module Running SQL through `scripts/wrangler d1 execute DB`, on the local database (default,
 * optionally in `--persist-to <dir>`) or with `--remote` on the deployed one.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { retryWhileBusy } from './busy';
import { DatabaseError } from './d1-error';

export interface Target {
  readonly remote: boolean;
  /** A local database folder other than wrangler's default `.wrangler/state`. */
  readonly persistTo?: string;
}

/** The rows of each statement, in order. */
export type StatementResults = readonly (readonly Record<string, unknown>[])[];

export { DatabaseError };

const WRANGLER = fileURLToPath(new URL('../wrangler', import.meta.url));
/** wrangler reads wrangler.toml (the DB binding, migrations) from the project root. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The wrangler arguments for `statements`; all of them go in one call, which D1 runs as one transaction. */
export function wranglerArgs(target: Target, statements: readonly string[]): string[] {
  return [
    'd1', 'execute', 'DB',
    target.remote ? '--remote' : '--local',
    ...(target.persistTo === undefined ? [] : ['--persist-to', target.persistTo]),
    '--json', '--yes',
    '--command', statements.join(';\n'),
  ];
}

/** Reads wrangler's `--json` output: an array of statement results, or `{ error: { text } }`. */
export function readResults(stdout: string, stderr: string): StatementResults {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new DatabaseError((stderr || stdout).trim() || 'wrangler gave no answer');
  }
  if (Array.isArray(parsed)) return parsed.map((result: { results?: Record<string, unknown>[] }) => result.results ?? []);
  const text = (parsed as { error?: { text?: unknown } }).error?.text;
  throw new DatabaseError(typeof text === 'string' ? text : JSON.stringify(parsed));
}

/** Runs `statements` against the target and returns their rows; a busy database is tried again a few times. */
export const runStatements = (target: Target, statements: readonly string[]): StatementResults =>
  retryWhileBusy(() => runOnce(target, statements));

function runOnce(target: Target, statements: readonly string[]): StatementResults {
  const run = spawnSync(WRANGLER, wranglerArgs(target, statements), {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new DatabaseError(`Could not start wrangler: ${run.error.message}`);
  return readResults(run.stdout, run.stderr);
}

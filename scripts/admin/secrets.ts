/**
 * @module Webhook secrets: made here in the Standard Webhooks `whsec_` format, stored as Worker
 * secrets (never in D1, which holds only their names) and printed once by the command that made
 * them. Remotely with `wrangler secret put`; locally in the `.dev.vars` file `wrangler dev` reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from './d1';

/** wrangler or the file system refused: exit code 1, nothing was changed in the database. */
export class SecretStoreError extends Error {}

const WRANGLER = fileURLToPath(new URL('../wrangler', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** 32 random bytes, base64, after `whsec_`: what the receivers' Standard Webhooks libraries decode. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** Where a local target's secrets go: `.dev.vars` of the project, or of a `--persist-to` folder. */
export const devVarsPath = (target: Target): string => path.join(target.persistTo ?? PROJECT_ROOT, '.dev.vars');

/** `.dev.vars` with `name` set to `value`, every other line kept. */
export function withDevVar(text: string, name: string, value: string): string {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith(`${name}=`));
  return [...lines, `${name}=${JSON.stringify(value)}`, ''].join('\n');
}

/** Stores `value` as the Worker secret `name` of the target's worker. */
export function putWorkerSecret(target: Target, name: string, value: string): void {
  if (target.remote) {
    // The value goes on stdin, never in argv, where other users of the machine could read it.
    const run = spawnSync(WRANGLER, ['secret', 'put', name], { cwd: PROJECT_ROOT, input: value, encoding: 'utf8' });
    if (run.error) throw new SecretStoreError(`Could not start wrangler: ${run.error.message}`);
    if (run.status !== 0) throw new SecretStoreError((run.stderr || run.stdout).trim() || `wrangler secret put ${name} failed`);
    return;
  }
  const file = devVarsPath(target);
  try {
    writeFileSync(file, withDevVar(existsSync(file) ? readFileSync(file, 'utf8') : '', name, value), { mode: 0o600 });
  } catch (error) {
    throw new SecretStoreError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * @module `npm run admin -- <command>`: manage access tokens, networks (areas, channels) and
 * partners in the local database, or with `--remote` the deployed one, through
 * `scripts/wrangler d1 execute`. `npm run admin -- --help` lists the commands.
 */
import { runStatements } from './admin/d1';
import { runAdmin } from './admin/main';
import { newWebhookSecret, putWorkerSecret } from './admin/secrets';
import { newAccessToken } from './admin/token';

/** Runs one command line (the arguments after `npm run admin --`); the exit code says how it went. */
export function main(args: readonly string[]): void {
  process.exitCode = runAdmin(args, {
    now: new Date(),
    newToken: newAccessToken,
    newWebhookSecret,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    run: runStatements,
    putSecret: putWorkerSecret,
  });
}

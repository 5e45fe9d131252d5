/** Applies seed/dev.sql in a test's D1, the way `wrangler d1 execute --file` does: statement by statement. */
import { env } from 'cloudflare:workers';
import devSeed from '../../seed/dev.sql?raw';

export async function applyDevSeed(): Promise<void> {
  const statements = devSeed
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .filter((statement) => statement.trim() !== '');
  await env.DB.batch(statements.map((statement) => env.DB.prepare(statement)));
}

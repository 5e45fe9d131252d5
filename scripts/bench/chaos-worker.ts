/**
 * @module The real worker for the fault run: `wrangler dev` on a throw-away local D1 (migrated,
 * one test partner, the network's webhook pointed at the local receiver, an admin token), with
 * the delivery queue's retry delays divided by DELIVERY_RETRY_DIVISOR.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWranglerDev } from './wrangler-dev';

const root = path.resolve(import.meta.dirname, '../..');
const wrangler = path.join(root, 'scripts/wrangler');
/** Next to wrangler.toml, so its relative paths (main, assets, migrations) still hold. */
const CONFIG = path.join(root, '.wrangler-chaos.toml');

export interface ChaosWorker {
  readonly origin: string;
  readonly adminToken: string;
  stop(): Promise<void>;
}

function wranglerSync(args: readonly string[], what: string): void {
  const run = spawnSync(wrangler, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stdout}${run.stderr}`);
}

/**
 * Starts the worker for `networkId`'s channel at `receiverOrigin` + /hook. The consumer takes
 * batches of `batchSize` (wrangler.toml's is 10; Cloudflare allows 100).
 */
export async function startChaosWorker(receiverOrigin: string, networkId: string, retryDivisor: number, batchSize: number): Promise<ChaosWorker> {
  const persist = mkdtempSync(path.join(tmpdir(), 'cyberscan-chaos-'));
  writeFileSync(CONFIG, readFileSync(path.join(root, 'wrangler.toml'), 'utf8').replace('max_batch_size = 10', `max_batch_size = ${batchSize}`));
  const config = ['--config', CONFIG, '--local', '--persist-to', persist];
  wranglerSync(['d1', 'migrations', 'apply', 'DB', ...config], 'migrations');
  const adminToken = `cst_${randomBytes(32).toString('base64url')}`;
  const tokenHash = createHash('sha256').update(adminToken).digest('hex');
  wranglerSync([
    'd1', 'execute', 'DB', ...config, '--command',
    "INSERT INTO partners (id, name, allowed_origins) VALUES ('chaos', 'Fault run', '[]');" +
      `INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('${networkId}', 'webhook', '/hook', 'CHAOS_SECRET');` +
      `INSERT INTO access_tokens (token_hash, kind, label, created_at) VALUES ('${tokenHash}', 'admin', 'fault run', '${new Date().toISOString()}');`,
  ], 'seeding');

  const worker = await startWranglerDev([
    ...config,
    // A relative channel target is fetched at DEV_ORIGIN: here, the misbehaving receiver.
    '--var', `DEV_ORIGIN:${receiverOrigin}`, '--var', `CHAOS_SECRET:whsec_${randomBytes(32).toString('base64')}`, '--var', `DELIVERY_RETRY_DIVISOR:${retryDivisor}`,
  ]);
  return {
    origin: worker.origin,
    adminToken,
    stop: async () => {
      await worker.stop();
      rmSync(persist, { recursive: true, force: true });
      rmSync(CONFIG, { force: true });
    },
  };
}

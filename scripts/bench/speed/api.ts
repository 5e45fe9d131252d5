/**
 * @module The API part of `npm run bench`: `wrangler dev` (local D1, migrated and seeded as by
 * `npm start`) on a free port, running scripts/bench/bare-routes-worker.ts, the real worker plus
 * bare routes. Each hot route and its bare route get the same bounded load, `CONCURRENCY`
 * requests in flight, twice each in the order bare, route, route, bare, so that the machine's
 * busy spells hit both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bankStructure } from '../../../core/bank/index';
import { startWranglerDev } from '../wrangler-dev';

const root = path.resolve(import.meta.dirname, '../../..');
const wrangler = path.join(root, 'scripts/wrangler');
/** Next to wrangler.toml, so its relative paths (assets, migrations) still hold; removed after the run. */
const CONFIG = path.join(root, '.wrangler-bench.toml');
const CONCURRENCY = 16;

function wranglerSync(args: readonly string[], what: string): void {
  const run = spawnSync(wrangler, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stdout}${run.stderr}`);
}

async function startWorker(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const persist = mkdtempSync(path.join(tmpdir(), 'cyberscan-bench-'));
  writeFileSync(CONFIG, readFileSync(path.join(root, 'wrangler.toml'), 'utf8').replace('main = "worker/index.ts"', 'main = "scripts/bench/bare-routes-worker.ts"'));
  const config = ['--config', CONFIG, '--local', '--persist-to', persist];
  wranglerSync(['d1', 'migrations', 'apply', 'DB', ...config], 'migrations');
  wranglerSync(['d1', 'execute', 'DB', ...config, '--file', 'seed/dev.sql'], 'the dev seed');
  const worker = await startWranglerDev(config);
  return {
    origin: worker.origin,
    stop: async () => {
      await worker.stop();
      rmSync(persist, { recursive: true, force: true });
      rmSync(CONFIG, { force: true });
    },
  };
}

type MakeRequest = (i: number) => [string, RequestInit];

/** Each request from its own client address: locally the rate limit keys on this header. */
const client = (i: number) => ({ 'CF-Connecting-IP': `2001:db8::${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}` });

/** Sends `total` requests, `CONCURRENCY` at a time; the elapsed ms, and how many were not 2xx. */
async function load(make: MakeRequest, total: number, offset: number): Promise<{ ms: number; failed: number }> {
  let next = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const [url, init] = make(offset + next++);
        const response = await fetch(url, init);
        await response.arrayBuffer();
        if (!response.ok) failed++;
      }
    }),
  );
  return { ms: performance.now() - start, failed };
}

export interface RouteRate {
  readonly route: string;
  readonly rate: number;
  readonly bare: string;
  readonly bareRate: number;
  /** Responses that were not 2xx, of the route and the bare route: a run with any is suspect. */
  readonly failed: number;
}

/** The hot routes, each against its bare route; `requests` of each, in two halves. */
export async function apiBench(requests: number): Promise<RouteRate[]> {
  const worker = await startWorker();
  const { origin } = worker;
  const json = (i: number, body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...client(i) },
    body: JSON.stringify(body),
  });
  const result = (i: number) => ({
    submissionId: crypto.randomUUID(), partner: 'demo', bankVersion: bankStructure.version, lang: 'nl',
    // Only answers each question offers (bank 2027.1 has answer sets), so every result is accepted.
    answers: Object.fromEntries(bankStructure.questions.map((q, n) => [q.id, n % 2 || !q.answers.includes('partial') ? 'yes' : 'partial'])),
    profile: { sector: 'retail', size: '2-9', postcode: String(1000 + (i % 9000)) },
  });
  const pairs: [string, MakeRequest, MakeRequest][] = [
    ['POST /api/v1/results', (i) => [`${origin}/api/v1/results`, json(i, result(i))], (i) => [`${origin}/bench/bare`, json(i, result(i))]],
    ['GET /api/v1/route?postcode=3511', (i) => [`${origin}/api/v1/route?postcode=3511`, { headers: client(i) }], (i) => [`${origin}/bench/bare`, { headers: client(i) }]],
  ];
  try {
    const rows: RouteRate[] = [];
    let offset = 0;
    for (const [route, real, bare] of pairs) {
      await load(real, 200, (offset += 1_000_000)); // warm the isolate and the route's code
      const half = Math.ceil(requests / 2);
      const runs = [
        await load(bare, half, (offset += 1_000_000)), await load(real, half, (offset += 1_000_000)),
        await load(real, half, (offset += 1_000_000)), await load(bare, half, (offset += 1_000_000)),
      ];
      const rate = (a: { ms: number }, b: { ms: number }) => (2 * half) / ((a.ms + b.ms) / 1000);
      rows.push({
        route, rate: rate(runs[1]!, runs[2]!), bare: `${route.split(' ')[0]} /bench/bare`, bareRate: rate(runs[0]!, runs[3]!),
        failed: runs.reduce((sum, r) => sum + r.failed, 0),
      });
    }
    return rows;
  } finally {
    await worker.stop();
  }
}

/**
 * @module The startup part of `npm run bench:speed`: `wrangler check startup` (the pinned
 * wrangler's own profiler: it imports a bundle in workerd under V8's CPU profiler, the startup a
 * cold isolate pays before its first request) on the worker's bundle and on a bare Hono worker
 * (bare-hono-worker.ts), taking turns so that the machine's busy spells hit both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { medianOf } from '../measure';

const root = path.resolve(import.meta.dirname, '../../..');
const wrangler = path.join(root, 'scripts/wrangler');

/** The parts of a V8 CPU profile (`.cpuprofile`) read here. */
interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** What one profile shows; of several runs, the medians. */
export interface StartupFigures {
  /**
   * Samples not idle: V8 samples the running thread about every millisecond, so this is about
   * the CPU milliseconds of parsing, compiling and running the bundle's top level. A busy machine
   * barely changes it: a thread that waits for a core is not sampled meanwhile.
   */
  readonly samples: number;
  /** The time those samples stand for (each until the next sample): wall time, which a busy machine stretches. */
  readonly busy: number;
}

function wranglerSync(args: readonly string[], what: string): void {
  const run = spawnSync(wrangler, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stdout}${run.stderr}`);
}

/** The samples of `profile` that are not `(idle)`, and their time, each sample's lasting until the next one (as DevTools counts). */
export function startupFigures(profile: CpuProfile): StartupFigures {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let samples = 0;
  let micros = 0;
  profile.samples.forEach((node, i) => {
    if (idle.has(node)) return;
    samples += 1;
    micros += profile.timeDeltas[i + 1] ?? 0;
  });
  return { samples, busy: micros / 1000 };
}

function profileOnce(bundle: string, dir: string): StartupFigures {
  const outfile = path.join(dir, 'startup.cpuprofile');
  wranglerSync(['check', 'startup', '--worker', bundle, '--outfile', outfile], 'wrangler check startup');
  return startupFigures(JSON.parse(readFileSync(outfile, 'utf8')) as CpuProfile);
}

const median = (runs: readonly StartupFigures[], bytes: number) => ({
  samples: medianOf(runs.map((r) => r.samples)),
  busy: medianOf(runs.map((r) => r.busy)),
  bytes,
});

/**
 * Builds both bundles as `wrangler deploy --dry-run` would upload them (or takes `workerBundle`, a
 * `--outfile` of another build, for a before), then profiles each `runs` times, in turns.
 */
export function startupBench(runs: number, workerBundle?: string): Record<'worker' | 'bare', StartupFigures & { bytes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cyberscan-startup-'));
  try {
    const bundles = { worker: workerBundle ?? path.join(dir, 'worker.bundle'), bare: path.join(dir, 'bare.bundle') };
    if (workerBundle === undefined) wranglerSync(['deploy', '--dry-run', '--outfile', bundles.worker], 'the worker bundle');
    wranglerSync(['deploy', '--dry-run', '--outfile', bundles.bare, 'scripts/bench/speed/bare-hono-worker.ts'], 'the bare bundle');
    const profiles = { worker: [] as StartupFigures[], bare: [] as StartupFigures[] };
    for (let run = 0; run < runs; run++) {
      profiles.bare.push(profileOnce(bundles.bare, dir));
      profiles.worker.push(profileOnce(bundles.worker, dir));
    }
    return { worker: median(profiles.worker, statSync(bundles.worker).size), bare: median(profiles.bare, statSync(bundles.bare).size) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

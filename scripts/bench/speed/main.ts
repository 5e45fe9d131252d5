/**
 * @module The speed part of `npm run bench`: the widget against two floor elements (the minimal
 * one the goals are held to, and one with the widget's own screens) in a throttled Chromium, the
 * API's hot routes against bare routes of the same worker under a bounded load, and the worker's
 * startup against a bare Hono worker's, each as a ratio to its baseline measured in the same run.
 * Timings, not tests: nothing here fails on a slow machine. `BENCH_RUNS` sets the browser runs (20), `BENCH_REQUESTS` the requests per route (2,000), `BENCH_STARTUP_RUNS` the
 * startup profiles of each bundle (5), `BENCH_WIDGET_DIR` another build of the widget to measure,
 * `BENCH_BEFORE_DIR` a build to measure beside it in the same runs (a before), alternating, so that
 * both see the same load, and `BENCH_WORKER_BUNDLE` another worker bundle (`wrangler deploy
 * --dry-run --outfile`) to profile instead of this one's.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT_DIR } from '../../../build/targets';
import { count, ms, table } from '../measure';
import { apiBench } from './api';
import { browserBench, type FlowTimes } from './browser';
import { ADDED_TBT_MS, SCREEN_MS, SCREEN_RATIO, screenVerdict, tbtVerdict } from './goals';
import { servePages } from './pages';
import { startupBench } from './startup';

const root = path.resolve(import.meta.dirname, '../../..');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

/**
 * The same screen change of each build, with its ratio to the floor's (the goal's) and to the
 * same-content floor's (what the widget's code costs); the before's first, when there is one.
 */
function screenRows(widget: FlowTimes, floor: FlowTimes, sameContent: FlowTimes, before?: FlowTimes): string[][] {
  // Each screen change against the floors' of the same kind; the floors have no result screen, so
  // the result is held to their question change, the nearest they have.
  const screens: [string, keyof FlowTimes, keyof FlowTimes][] = [
    ['start: click "start" to the profile ready', 'start', 'start'],
    ['profile: click "skip" to the first question ready', 'skip', 'skip'],
    ['question: "next" to the next question ready', 'question', 'question'],
    ['slowest question change of a run', 'slowestQuestion', 'slowestQuestion'],
    ['result: "finish" to its top ready (floor: a question)', 'result', 'question'],
    ['whole result: "finish" to its end painted too', 'wholeResult', 'question'],
  ];
  const was = (mine: number, base: number) => (before ? [`${ms(mine)} (${ratio(mine, base)})`] : []);
  const rows = screens.map(([what, key, floorKey]) => {
    const [mine, base] = [widget[key]!, floor[floorKey]!];
    const same = sameContent[floorKey]!;
    return [what, ...was(before?.[key] ?? 0, base), ms(mine), ms(base), ratio(mine, base), screenVerdict(mine, base), ms(same), ratio(mine, same)];
  });
  const added = (t: FlowTimes) => Math.max(0, t.tbt - floor.tbt);
  rows.push([
    'Total Blocking Time, load + flow', ...(before ? [`${ms(before.tbt)} (+${ms(added(before))} ms)`] : []),
    ms(widget.tbt), ms(floor.tbt), `+${ms(added(widget))} ms`, `${tbtVerdict(added(widget))} (goal: +${ADDED_TBT_MS} ms at most)`,
    ms(sameContent.tbt), `+${ms(Math.max(0, widget.tbt - sameContent.tbt))} ms`,
  ]);
  return rows;
}

async function browserPart(widgetDir: string, runs: number, beforeDir?: string): Promise<void> {
  const pages = await servePages(widgetDir);
  const beforePages = beforeDir ? await servePages(beforeDir) : undefined;
  try {
    const gzipBytes = (dir: string) => gzipSync(readFileSync(path.join(dir, 'widget.js')), { level: 9 }).length;
    const widgetBytes = gzipBytes(widgetDir);
    console.log(`\nBrowser: Chromium, Pixel 5 viewport, CPU throttled 4x over CDP, medians of ${runs} runs (ms); load average ${load()}`);
    const result = await browserBench(pages.origin, runs, beforePages?.origin);
    if (!result) {
      console.log('No Chromium (CHROMIUM_PATH or /usr/bin/chromium): browser part skipped.');
      return;
    }
    const { widget, floor, sameContent, before } = result;
    console.log(table(
      ['what', ...(before ? ['before (vs floor)'] : []), 'CyberScan', 'floor', 'ratio', `goal: <= ${SCREEN_MS} ms and <= ${SCREEN_RATIO}x`, 'same-content floor', 'ratio'],
      [
        ...screenRows(widget, floor, sameContent, before),
        ['widget.js gzip bytes', ...(beforeDir ? [count(gzipBytes(beforeDir))] : []), count(widgetBytes), count(pages.floorBytes), ratio(widgetBytes, pages.floorBytes), '', '', ''],
      ],
    ));
    console.log('Same-content floor: the widget\'s own screen components and stylesheet with the least code around them (scripts/bench/speed/floor-same.tsx).');
    console.log(`Load average at the end: ${load()}; ratios hold within one run only.`);
  } finally {
    await pages.close();
    await beforePages?.close();
  }
}

async function apiPart(requests: number): Promise<void> {
  console.log(`\nAPI: wrangler dev (local D1), ${count(requests)} requests a route, 16 at a time; requests a second`);
  const rows = await apiBench(requests);
  console.log(table(
    ['route', 'req/s', 'bare route', 'bare req/s', 'ratio', 'not 2xx'],
    rows.map((r) => [r.route, r.rate.toFixed(0), r.bare, r.bareRate.toFixed(0), ratio(r.rate, r.bareRate), String(r.failed)]),
  ));
}

function startupPart(runs: number, workerBundle: string | undefined): void {
  console.log(`\nStartup: \`wrangler check startup\`, medians of ${runs} profiles of each bundle; load average ${load()}`);
  const { worker, bare } = startupBench(runs, workerBundle);
  console.log(table(
    ['bundle', 'upload bytes', 'CPU samples (about 1 ms each)', 'wall ms of those samples'],
    [
      [workerBundle ?? 'worker/index.ts', count(worker.bytes), String(worker.samples), ms(worker.busy)],
      ['bare Hono worker', count(bare.bytes), String(bare.samples), ms(bare.busy)],
    ],
  ));
  console.log(`Load average at the end: ${load()}; a local CPU, not Cloudflare's, and wall time that load stretches.`);
}

export async function main(args: readonly string[]): Promise<void> {
  const parts = args.length > 0 ? args : ['browser', 'api', 'startup'];
  const widgetDir = process.env.BENCH_WIDGET_DIR ? path.resolve(process.env.BENCH_WIDGET_DIR) : path.join(root, OUT_DIR);
  const beforeDir = process.env.BENCH_BEFORE_DIR ? path.resolve(process.env.BENCH_BEFORE_DIR) : undefined;
  if (parts.includes('browser')) await browserPart(widgetDir, Number(process.env.BENCH_RUNS ?? 20), beforeDir);
  if (parts.includes('api')) await apiPart(Number(process.env.BENCH_REQUESTS ?? 2000));
  if (parts.includes('startup')) startupPart(Number(process.env.BENCH_STARTUP_RUNS ?? 5), process.env.BENCH_WORKER_BUNDLE && path.resolve(process.env.BENCH_WORKER_BUNDLE));
}

/**
 * @module The speed part of `npm run bench`: the widget against the floor element in a throttled
 * Chromium, the API's hot routes against bare routes of the same worker under a bounded load, and
 * the worker's startup against a bare Hono worker's, each as a ratio to its baseline measured in
 * the same run. Timings, not tests: nothing here fails on a slow machine. `BENCH_RUNS` sets the
 * browser runs (20), `BENCH_REQUESTS` the requests per route (2,000), `BENCH_STARTUP_RUNS` the
 * startup profiles of each bundle (5), `BENCH_WIDGET_DIR` another build of the widget to measure
 * and `BENCH_WORKER_BUNDLE` another worker bundle (`wrangler deploy --dry-run --outfile`): a before.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT_DIR } from '../../../build/targets';
import { count, ms, table } from '../measure';
import { apiBench } from './api';
import { browserBench } from './browser';
import { ADDED_TBT_MS, SCREEN_MS, SCREEN_RATIO, screenVerdict, tbtVerdict } from './goals';
import { servePages } from './pages';
import { startupBench } from './startup';

const root = path.resolve(import.meta.dirname, '../../..');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

async function browserPart(widgetDir: string, runs: number): Promise<void> {
  const pages = await servePages(widgetDir);
  try {
    const widgetBytes = gzipSync(readFileSync(path.join(widgetDir, 'widget.js')), { level: 9 }).length;
    console.log(`\nBrowser: Chromium, Pixel 5 viewport, CPU throttled 4x over CDP, medians of ${runs} runs (ms); load average ${load()}`);
    const result = await browserBench(pages.origin, runs);
    if (!result) {
      console.log('No Chromium (CHROMIUM_PATH or /usr/bin/chromium): browser part skipped.');
      return;
    }
    const { widget, floor } = result;
    // Each screen change against the floor's of the same kind; the floor has no result screen, so
    // the result is held to its question change, the nearest it has.
    const screens: [string, number, number][] = [
      ['start: click "start" to the profile ready', widget.start, floor.start],
      ['profile: click "skip" to the first question ready', widget.skip, floor.skip],
      ['question: "next" to the next question ready', widget.question, floor.question],
      ['slowest question change of a run', widget.slowestQuestion, floor.slowestQuestion],
      ['result: "finish" to the result ready (floor: a question)', widget.result!, floor.question],
    ];
    const added = Math.max(0, widget.tbt - floor.tbt);
    console.log(table(
      ['what', 'CyberScan', 'floor', 'ratio', `goal: <= ${SCREEN_MS} ms and <= ${SCREEN_RATIO}x`],
      [
        ...screens.map(([what, mine, base]) => [what, ms(mine), ms(base), ratio(mine, base), screenVerdict(mine, base)]),
        ['Total Blocking Time, load + flow', ms(widget.tbt), ms(floor.tbt), `+${ms(added)} ms`, `${tbtVerdict(added)} (goal: +${ADDED_TBT_MS} ms at most)`],
        ['widget.js gzip bytes', count(widgetBytes), count(pages.floorBytes), ratio(widgetBytes, pages.floorBytes), ''],
      ],
    ));
    console.log(`Load average at the end: ${load()}; ratios hold within one run only.`);
  } finally {
    await pages.close();
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
  if (parts.includes('browser')) await browserPart(widgetDir, Number(process.env.BENCH_RUNS ?? 20));
  if (parts.includes('api')) await apiPart(Number(process.env.BENCH_REQUESTS ?? 2000));
  if (parts.includes('startup')) startupPart(Number(process.env.BENCH_STARTUP_RUNS ?? 5), process.env.BENCH_WORKER_BUNDLE && path.resolve(process.env.BENCH_WORKER_BUNDLE));
}

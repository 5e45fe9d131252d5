/**
 * @module `npm run bench`: the statistics benchmark at 10k, 100k and 1M results, printed as
 * tables. `npm run bench -- 10000 50000` runs other sizes. Timings, not tests: nothing here fails
 * on a slow machine.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { coverageAt } from './coverage';
import { recheckCoverageAt } from './recheck-coverage';
import { count, ms, percent, seconds, table } from './measure';
import { APP_INSERTS, QUERIES, RUNS, benchmarkSize, type SizeReport } from './statistics';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

async function miniflareVersion(): Promise<string> {
  const manifest = path.resolve(import.meta.dirname, '../../node_modules/miniflare/package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

export async function main(args: readonly string[]): Promise<void> {
  const sizes = args.length > 0 ? args.map(Number) : DEFAULT_SIZES;
  const cpus = os.cpus();
  console.log(`Statistics benchmark: Node ${process.version}, Miniflare ${await miniflareVersion()} (workerd's SQLite, in memory), ${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}`);
  const reports: SizeReport[] = [];
  for (const size of sizes) {
    console.log(`${count(size)} results`);
    reports.push(await benchmarkSize(size, (line) => console.log(line)));
  }
  console.log('\nLoading and aggregating');
  console.log(table(
    ['results', 'bulk load s', 'aggregate s', 'tally rows', 'app insert ms (sql)', 'round trip ms'],
    reports.map((r) => [
      count(r.results), seconds(r.loadMs), seconds(r.aggregateMs), count(r.tallies),
      `${ms(r.appInsert.wallMs)} (${ms(r.appInsert.sqlMs)})`, ms(r.roundTripMs),
    ]),
  ));
  console.log(`\nStatistics queries: median ms of ${RUNS} runs, wall (sql)`);
  console.log(table(
    ['results', ...QUERIES.map(([name]) => name), 'national year after a new result', 'raw national year, sql, 1 run'],
    reports.map((r) => [count(r.results), ...r.queries.map((q) => `${ms(q.wallMs)} (${ms(q.sqlMs)})`), ms(r.rawSqlMs)]),
  ));
  console.log('\nCoverage: one network, a year at 20, 60 and 300 results a month (55% one-person firms, 30% 2-9,');
  console.log('eleven sectors, a quarter skipping the profile; goals: totals 100%, sector and size per quarter >= 85% at 60)');
  console.log(table(
    ['results a month', 'in shown month totals', 'in shown quarter totals', 'sector per quarter', 'size per quarter', 'sector incl. overige', 'hidden figures'],
    [20, 60, 300].map(coverageAt).map((c) => [
      String(c.perMonth), percent(c.monthTotals), percent(c.quarterTotals), percent(c.sectorQuarter), percent(c.sizeQuarter),
      percent(c.sectorQuarterWithPool), `${c.hidden} of ${c.counts}`,
    ]),
  ));
  console.log('\nRe-checks: the same network year with 5%, 10% or 20% of results re-checks (an assumption; a third');
  console.log('after the scan), share of re-checks in shown figures: total, kind, earlier band; per quarter (mean) / year');
  console.log(table(
    ['results a month', 're-checks', 're-checks a year', 'total q / y', 'kind q / y', 'earlier band q / y', 'mean first / after scan (year)'],
    [20, 60, 300].flatMap((perMonth) => [0.05, 0.1, 0.2].map((share) => [share, recheckCoverageAt(perMonth, share)] as const)).map(([share, c]) => [
      String(c.perMonth), percent(share), String(c.rechecks), `${percent(c.totalQuarter)} / ${percent(c.totalYear)}`,
      `${percent(c.kindQuarter)} / ${percent(c.kindYear)}`, `${percent(c.earlierBandQuarter)} / ${percent(c.earlierBandYear)}`,
      `${c.meanFirst ?? '<5'} / ${c.meanAfterScan ?? '<5'}`,
    ]),
  ));
  console.log(`
Where the numbers come from: a fresh in-memory local D1 per size, all migrations applied.
- bulk load: synthetic results by INSERT ... SELECT in chunks (scripts/bench/synthetic-results.ts), not
  through the API; aggregate: migrations/0010's statements (the backfill) over them.
- queries: readYearTallies() + publishPeriod() (suppression over the whole year), the statistics
  route's work without HTTP and the token check. wall = time in Node around the call, the publication's
  suppression included; sql = D1's own meta.duration (whole milliseconds). Most of the wall time is
  Miniflare's Node-to-workerd proxy (see round trip), which a deployed worker skips. "after a new
  result" stores one result before each run.
- re-checks: scripts/bench/recheck-coverage.ts, the same year with re-checks drawn apart (regional-spread.ts
  withRechecks); a period without re-checks counts as fully shown.
- coverage: scripts/bench/coverage.ts publishes one network's synthetic year through core/statistics;
  "shown" counts only categories shown as numbers, "incl. overige" also the pooled hidden categories.
- app insert: storeResult() as POST /api/v1/results calls it (result + tally upserts, one batch), median
  of ${APP_INSERTS}, on top of the loaded results.
- raw national: the same national figures straight from results with json_each (scripts/bench/
  raw-statistics.ts), once, for comparison: this is the cost that grows with the number of results.`);
}

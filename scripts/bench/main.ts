/**
 * @module `npm run bench`: the statistics benchmark at 10k, 100k and 1M results, printed as
 * tables. `npm run bench -- 10000 50000` runs other sizes. Timings, not tests: nothing here fails
 * on a slow machine.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
    ['results', 'bulk load s', 'aggregate s', 'cells', 'in cells >= 5', 'app insert ms (sql)', 'round trip ms'],
    reports.map((r) => [
      count(r.results), seconds(r.loadMs), seconds(r.aggregateMs), count(r.cells), percent(r.reportableShare),
      `${ms(r.appInsert.wallMs)} (${ms(r.appInsert.sqlMs)})`, ms(r.roundTripMs),
    ]),
  ));
  console.log(`\nStatistics queries: median ms of ${RUNS} runs, wall (sql)`);
  console.log(table(
    ['results', ...QUERIES.map(([name]) => name), 'national 24 m after a new result', 'raw national 24 m, sql, 1 run'],
    reports.map((r) => [count(r.results), ...r.queries.map((q) => `${ms(q.wallMs)} (${ms(q.sqlMs)})`), ms(r.rawSqlMs)]),
  ));
  console.log(`
Where the numbers come from: a fresh in-memory local D1 per size, all migrations applied.
- bulk load: synthetic results by INSERT ... SELECT in chunks (scripts/bench/synthetic-results.ts), not
  through the API; aggregate: migrations/0008's statements (the backfill) over them.
- in cells >= 5: share of the results that national figures can count; the rest sit in cells of 1-4.
- queries: readStatisticsSums() + reportStatistics(), the statistics route's work without HTTP and the
  token check. wall = time in Node around the call; sql = D1's own meta.duration for the statements
  (whole milliseconds). The difference is Miniflare's Node-to-workerd proxy (see round trip), which a
  deployed worker skips. Queries without a sector or size filter read rollups; "after a new result"
  stores one result before each run, so the query also rebuilds that month's rollups, as in production.
- app insert: storeResult() as POST /api/v1/results calls it (result + cell upserts, one batch), median
  of ${APP_INSERTS}, on top of the loaded results.
- raw national: the same national figures straight from results with json_each (scripts/bench/
  raw-statistics.ts), once, for comparison: this is the cost that grows with the number of results.`);
}

/**
 * @module The statistics benchmark: for 10k, 100k and 1M synthetic results, how long loading and
 * aggregating take, and how long the statistics queries take, which should not grow with the
 * number of results (they read cells, not results).
 */
import { bankStructure } from '../../core/bank';
import { reportStatistics, type StatisticsFilters } from '../../core/statistics';
import { scoreAssessment } from '../../core/scoring';
import { sha256Hex, storeResult } from '../../worker/data';
import { readStatisticsSums } from '../../worker/data/statistics';
import { openLocalD1, readMigrations, runMigration, withSqlTime } from './local-d1';
import { medianOf, timed } from './measure';
import { rawNationalFigures } from './raw-statistics';
import { LAST_MONTH, insertSyntheticResults, prepareSyntheticResults } from './synthetic-results';

/** Rows per INSERT ... SELECT while loading. */
const CHUNK = 100_000;
/** Timed runs per query, after one warm-up. */
export const RUNS = 9;
/** Results stored through the app's own path at each size. */
export const APP_INSERTS = 100;

const all = { network: null, partner: null, sector: null, size: null };
export const QUERIES: readonly (readonly [string, StatisticsFilters])[] = [
  ['national 24 m', { from: '2024-07', to: LAST_MONTH, ...all }],
  ['national 12 m', { from: '2025-07', to: LAST_MONTH, ...all }],
  ['network 12 m', { from: '2025-07', to: LAST_MONTH, ...all, network: 'cyberwerf' }],
  ['network+sector+size 12 m', { from: '2025-07', to: LAST_MONTH, ...all, network: 'cyberwerf', sector: 'retail', size: '2-9' }],
];

/** Medians of one measured call: as the caller waits, and as D1 reports its own work. */
export interface Timing {
  readonly wallMs: number;
  readonly sqlMs: number;
}

export interface SizeReport {
  readonly results: number;
  readonly loadMs: number;
  readonly aggregateMs: number;
  readonly cells: number;
  /** Share of all results that sit in cells of at least five, so count in national figures. */
  readonly reportableShare: number;
  /** In QUERIES order, then the first of them right after a new result arrived. */
  readonly queries: readonly Timing[];
  /** The national 24-month figures straight from `results`, once: what the cells save. */
  readonly rawSqlMs: number;
  /** One `storeResult`: the result and its cell upserts in one batch. */
  readonly appInsert: Timing;
  /** An empty batch (`SELECT 1`): the proxy's share of every wall time. */
  readonly roundTripMs: number;
}

/** Times `work` `runs` times after a warm-up; `before` runs untimed ahead of each run. */
async function measure(work: () => Promise<unknown>, sqlMs: () => number, runs: number, before?: () => Promise<unknown>): Promise<Timing> {
  await work();
  const walls: number[] = [];
  const sqls: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    sqlMs();
    walls.push((await timed(work)).ms);
    sqls.push(sqlMs());
  }
  return { wallMs: medianOf(walls), sqlMs: medianOf(sqls) };
}

/** One size on a fresh database: load, aggregate with migration 0008's statements, measure. */
export async function benchmarkSize(results: number, log: (line: string) => void): Promise<SizeReport> {
  const migrations = await readMigrations();
  const backfill = migrations.find((m) => m.name.startsWith('0008_'));
  if (backfill === undefined) throw new Error('migrations/0008_* (the statistics backfill) is missing');
  const local = await openLocalD1(migrations);
  const { db, sqlMs } = withSqlTime(local.db);
  try {
    await prepareSyntheticResults(db);
    const load = await timed(async () => {
      for (let first = 1; first <= results; first += CHUNK) await insertSyntheticResults(db, first, Math.min(results, first + CHUNK - 1));
    });
    log(`  bulk load ${(load.ms / 1000).toFixed(1)} s`);
    const aggregate = await timed(() => runMigration(db, backfill));
    log(`  aggregate ${(aggregate.ms / 1000).toFixed(1)} s`);
    const query = (filters: StatisticsFilters) => async () => reportStatistics(filters, await readStatisticsSums(db, filters));
    const queries: Timing[] = [];
    for (const [, filters] of QUERIES) queries.push(await measure(query(filters), sqlMs, RUNS));
    const answers = Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'partial' as const]));
    const { principles, overall, band } = scoreAssessment(bankStructure, answers);
    const result = { day: `${LAST_MONTH}-15`, partnerId: 'den-haag', bankVersion: bankStructure.version, lang: 'nl' as const, answers, principleScores: principles, overall, band, sector: 'retail' as const, size: '2-9' as const };
    const storeOne = async () => storeResult(db, result, await sha256Hex(crypto.randomUUID()));
    // In production the current month changes all the time: its rollups are rebuilt by the query.
    queries.push(await measure(query(QUERIES[0]![1]), sqlMs, RUNS, storeOne));
    sqlMs();
    await rawNationalFigures(db, QUERIES[0]![1]);
    const rawSqlMs = sqlMs();
    const cells = await db.prepare("SELECT count(*) AS cells, sum(iif(results >= 5, results, 0)) AS reportable FROM stats_cells WHERE sector <> '*'")
      .first<{ cells: number; reportable: number }>();
    const appInsert = await measure(storeOne, sqlMs, APP_INSERTS);
    const roundTrip = await measure(() => db.batch([db.prepare('SELECT 1')]), sqlMs, RUNS);
    return {
      results,
      loadMs: load.ms,
      aggregateMs: aggregate.ms,
      cells: cells?.cells ?? 0,
      reportableShare: (cells?.reportable ?? 0) / results,
      queries,
      rawSqlMs,
      appInsert,
      roundTripMs: roundTrip.wallMs,
    };
  } finally {
    await local.dispose();
  }
}

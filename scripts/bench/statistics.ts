/**
 * @module The statistics benchmark: for 10k, 100k and 1M synthetic results, how long loading and
 * aggregating take, and how long the statistics queries take, which should not grow with the
 * number of results (they read one area's monthly tallies of one year, not results).
 */
import { bankStructure } from '../../core/bank';
import { COUNTRY, networkArea, publishPeriod } from '../../core/statistics';
import { scoreAssessment } from '../../core/scoring';
import { sha256Hex, storeResult } from '../../worker/data';
import { readYearTallies } from '../../worker/data/statistics';
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

/** An area and a fixed period: what the statistics route publishes. */
export interface StatisticsQuery {
  readonly area: string;
  readonly period: string;
}

const LAST_YEAR = LAST_MONTH.slice(0, 4);
export const QUERIES: readonly (readonly [string, StatisticsQuery])[] = [
  ['national year', { area: COUNTRY, period: LAST_YEAR }],
  ['national month', { area: COUNTRY, period: LAST_MONTH }],
  ['network year', { area: networkArea('cyberwerf'), period: LAST_YEAR }],
  ['network quarter', { area: networkArea('cyberwerf'), period: `${LAST_YEAR}-Q4` }],
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
  /** Rows in stats_tally after aggregating. */
  readonly tallies: number;
  /** In QUERIES order, then the first of them right after a new result arrived. */
  readonly queries: readonly Timing[];
  /** The national year's figures straight from `results`, once: what the tallies save. */
  readonly rawSqlMs: number;
  /** One `storeResult`: the result and its tally upserts in one batch. */
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

/** One size on a fresh database: load, aggregate with migration 0010's statements, measure. */
export async function benchmarkSize(results: number, log: (line: string) => void): Promise<SizeReport> {
  const migrations = await readMigrations();
  const backfill = migrations.find((m) => m.name.startsWith('0010_'));
  if (backfill === undefined) throw new Error('migrations/0010_* (the statistics backfill) is missing');
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
    const query = ({ area, period }: StatisticsQuery) => async () => publishPeriod(area, period, await readYearTallies(db, area, period.slice(0, 4)));
    const queries: Timing[] = [];
    for (const [, filters] of QUERIES) queries.push(await measure(query(filters), sqlMs, RUNS));
    const answers = Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'partial' as const]));
    const { principles, overall, band } = scoreAssessment(bankStructure, answers);
    const result = { day: `${LAST_MONTH}-15`, partnerId: 'den-haag', bankVersion: bankStructure.version, lang: 'nl' as const, answers, principleScores: principles, overall, band, sector: 'retail' as const, size: '2-9' as const, networkId: 'cyberwerf', province: null };
    const storeOne = async () => storeResult(db, result, await sha256Hex(crypto.randomUUID()));
    // In production the current month changes all the time: the query reads what just arrived.
    queries.push(await measure(query(QUERIES[0]![1]), sqlMs, RUNS, storeOne));
    sqlMs();
    await rawNationalFigures(db, `${LAST_YEAR}-01`, `${LAST_YEAR}-12`);
    const rawSqlMs = sqlMs();
    const tallies = await db.prepare('SELECT count(*) AS n FROM stats_tally').first<{ n: number }>();
    const appInsert = await measure(storeOne, sqlMs, APP_INSERTS);
    const roundTrip = await measure(() => db.batch([db.prepare('SELECT 1')]), sqlMs, RUNS);
    return {
      results,
      loadMs: load.ms,
      aggregateMs: aggregate.ms,
      tallies: tallies?.n ?? 0,
      queries,
      rawSqlMs,
      appInsert,
      roundTripMs: roundTrip.wallMs,
    };
  } finally {
    await local.dispose();
  }
}

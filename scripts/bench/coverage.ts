/**
 * @module Coverage of the publication at real volumes: of one network's results with the issue's
 * spread (regional-spread.ts), how many the published figures count. A figure of the benchmark
 * next to the timings: what suppression costs a coordinator, beside what it protects.
 */
import { SUPPRESSED, monthsOfYear, publishYear, quartersOfYear, resultTallies, type PublishedTable, type ReportedCount } from '../../core/statistics';
import { regionalResults } from './regional-spread';

export interface Coverage {
  readonly perMonth: number;
  /** Share of the year's results in monthly totals that are shown. */
  readonly monthTotals: number;
  readonly quarterTotals: number;
  /** Per quarter, share of results in shown categories (without "overige"), the mean of the four. */
  readonly sectorQuarter: number;
  readonly sizeQuarter: number;
  /** The same with "overige" counted as shown: what a coordinator can still attribute to a group. */
  readonly sectorQuarterWithPool: number;
  /** How many figures of the year's publication are hidden, of how many counts. */
  readonly hidden: number;
  readonly counts: number;
}

const shown = (count: ReportedCount) => (count === SUPPRESSED ? 0 : count);

function tableShare(table: PublishedTable, total: number, withPool: boolean): number {
  const rows = table.rows.reduce((sum, r) => sum + shown(r.count), 0);
  return (rows + (withPool ? (table.pooled?.count ?? 0) : 0)) / total;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Coverage of one network's year at `perMonth` results a month (2026, seed 7). */
export function coverageAt(perMonth: number): Coverage {
  const results = regionalResults(perMonth, '2026');
  const year = publishYear('network:cyberwerf', '2026', results.flatMap(resultTallies));
  const total = results.length;
  const of = (periods: string[]) => periods.reduce((sum, p) => sum + shown(year.get(p)!.results), 0) / total;
  const quarters = quartersOfYear('2026').map((q) => year.get(q)!);
  const quarterShare = (pick: (p: (typeof quarters)[number]) => PublishedTable, withPool = false) =>
    mean(quarters.map((q) => tableShare(pick(q), q.results as number, withPool)));
  const figures = [...year.values()].flatMap((p) => [
    p.results, ...[p.bands, p.sectors, p.sizes, p.partners].flatMap((t) => t.rows.map((r) => r.count)),
    ...p.questions.flatMap((q) => [q.no, q.unknown]),
  ]);
  return {
    perMonth,
    monthTotals: of(monthsOfYear('2026')),
    quarterTotals: of(quartersOfYear('2026')),
    sectorQuarter: quarterShare((q) => q.sectors),
    sizeQuarter: quarterShare((q) => q.sizes),
    sectorQuarterWithPool: quarterShare((q) => q.sectors, true),
    hidden: figures.filter((f) => f === SUPPRESSED).length,
    counts: figures.length,
  };
}

/**
 * @module What the re-check figures show at real volumes: of one network's year (regional-spread.ts)
 * with a share of re-checks, how many re-checks the published re-check figures count, per quarter
 * and for the year. The utility beside the rule that hides them like every other count.
 */
import { SUPPRESSED, publishYear, quarterOf, quartersOfYear, resultTallies, type PublishedTable, type ReportedCount, type TalliedResult } from '../../core/statistics';
import { regionalResults, withRechecks } from './regional-spread';

export interface RecheckCoverage {
  readonly perMonth: number;
  /** Re-checks a year, of all results. */
  readonly rechecks: number;
  /** Share of re-checks in shown re-check totals: per quarter (mean of four), and the year. */
  readonly totalQuarter: number;
  readonly totalYear: number;
  /** Share of re-checks in a shown kind (on their own, after the scan). */
  readonly kindQuarter: number;
  readonly kindYear: number;
  /** Share of re-checks in a shown earlier band. */
  readonly earlierBandQuarter: number;
  readonly earlierBandYear: number;
  /** The year's means beside each other, where shown: first checks, after the scan. */
  readonly meanFirst: number | null;
  readonly meanAfterScan: number | null;
}

const shown = (count: ReportedCount) => (count === SUPPRESSED ? 0 : count);
const rowsShown = (table: PublishedTable, ids?: readonly string[]) =>
  table.rows.filter((r) => ids === undefined || ids.includes(r.id)).reduce((sum, r) => sum + shown(r.count), 0);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** Share of `part` in `whole`; a period without re-checks has nothing to hide and counts as whole. */
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Whether `result` falls in `period` (a year, quarter or month). */
const inPeriod = (result: TalliedResult, period: string) =>
  [result.day.slice(0, 4), quarterOf(result.day.slice(0, 7)), result.day.slice(0, 7)].includes(period);

/** At `perMonth` results a month, `rechecks` of them re-checks (a share, an assumption). */
export function recheckCoverageAt(perMonth: number, rechecks = 0.1): RecheckCoverage {
  const results = withRechecks(regionalResults(perMonth, '2026'), rechecks);
  const year = publishYear('network:cyberwerf', '2026', results.flatMap(resultTallies));
  const figures = (period: string) => {
    const p = year.get(period)!;
    const all = results.filter((r) => r.recheck != null && inPeriod(r, period)).length;
    return {
      total: share(shown(p.rechecks), all),
      kind: share(rowsShown(p.checkKinds, ['recheck', 'recheck-after-scan']), all),
      band: share(rowsShown(p.previousBands), all),
    };
  };
  const quarters = quartersOfYear('2026').map(figures);
  const whole = figures('2026');
  const kinds = Object.fromEntries(year.get('2026')!.checkKinds.rows.map((r) => [r.id, r.mean ?? null]));
  return {
    perMonth,
    rechecks: results.filter((r) => r.recheck != null).length,
    totalQuarter: mean(quarters.map((q) => q.total)),
    totalYear: whole.total,
    kindQuarter: mean(quarters.map((q) => q.kind)),
    kindYear: whole.kind,
    earlierBandQuarter: mean(quarters.map((q) => q.band)),
    earlierBandYear: whole.band,
    meanFirst: kinds.first ?? null,
    meanAfterScan: kinds['recheck-after-scan'] ?? null,
  };
}

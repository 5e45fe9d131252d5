/**
 * @module What statistics publish for one area and one fixed period: the one-way tables of
 * tables.ts, with every count of 1-4 hidden and, by secondary suppression over the whole year
 * (its months, quarters and the year itself, each table with its total), every figure that could
 * give one back. A period's answer is cut from its year's publication, so the same data always
 * show the same figures, whichever period is asked first.
 */
import structure from '../bank/structure.json';
import { PRINCIPLE_IDS, type PrincipleId } from '../bank/types';
import { gapVersions } from './carried-gaps';
import { suppressedCells, type SuppressionOptions } from './disclosure';
import { categoriesOf, cellKey, yearConstraints, yearValues } from './linked-cells';
import { periodsOfYear, yearOf } from './period';
import { MIN_GROUP_SIZE, SUPPRESSED, reportMean, type ReportedCount } from './suppression';
import { MEAN_OF, TOTAL_OF, type CountMeasure, type SumMeasure, type Tally } from './tables';

/** One category of a table; `mean` (overall score 0-100) in the size, check-kind and earlier-band tables. */
export interface PublishedRow {
  readonly id: string;
  readonly count: ReportedCount;
  readonly mean?: number | null;
}

/**
 * A one-way table. `pooled` is "overige": the hidden categories together, shown when the total is
 * shown (it is the total minus the shown rows, so it tells nothing more), at least five.
 */
export interface PublishedTable {
  readonly rows: readonly PublishedRow[];
  readonly pooled: { readonly count: number; readonly ids: readonly string[] } | null;
}

/** The answer of `GET /api/v1/console/statistics` (plus partner names, added by the worker). */
export interface StatisticsPublication {
  /** `network:<id>`, `province:<id>` or `country`. */
  readonly area: string;
  /** `YYYY`, `YYYY-Qn` or `YYYY-MM`. */
  readonly period: string;
  readonly minGroupSize: typeof MIN_GROUP_SIZE;
  /** Completed checks that count for this area. */
  readonly results: ReportedCount;
  readonly bands: PublishedTable;
  readonly sectors: PublishedTable;
  readonly sizes: PublishedTable;
  readonly partners: PublishedTable;
  /** Referrals delivered to this area's network(s), and through which partner's widget. */
  readonly referrals: ReportedCount;
  readonly referralPartners: PublishedTable;
  /**
   * Re-checks beside first checks (core/recheck.ts): `first`, `recheck` (done again on their own)
   * and `recheck-after-scan` (invited by the network after the students' scan), each with its
   * mean score, so a network can show whether businesses improve.
   */
  readonly checkKinds: PublishedTable;
  /** Every re-check, of both kinds: the total of `previousBands`. */
  readonly rechecks: ReportedCount;
  /** Re-checks by the band of the result they started from, each with its mean score now. */
  readonly previousBands: PublishedTable;
  /** Completed checks per bank version (version -> count), suppressed like every table. */
  readonly versions: PublishedTable;
  /**
   * The bank versions the checks of this period answered, so the counts, colours, sectors, sizes
   * and means may mix them: every version whose count is not a shown 0 (a "<5" may be one).
   */
  readonly mixes: readonly string[];
  /** Mean principle score 0-100 in bank order; null where its group is hidden or under five. */
  readonly principles: readonly { readonly id: PrincipleId; readonly mean: number | null }[];
  /** Per question, "no" and "don't know" apart: a missing measure and a knowledge gap need different help. */
  readonly questions: readonly {
    readonly questionId: string;
    readonly no: ReportedCount;
    readonly unknown: ReportedCount;
    /** The bank versions whose answers these counts may mix (core/statistics/carried-gaps.ts). */
    readonly versions: readonly string[];
  }[];
}

/** Every period of one area's year, published together. */
export type YearPublication = ReadonlyMap<string, StatisticsPublication>;

/** Publishes `area`'s `year` from its monthly tallies. */
/*#__NO_SIDE_EFFECTS__*/
export function publishYear(
  area: string,
  year: string,
  tallies: readonly Tally[],
  options: SuppressionOptions = { secondary: true },
): YearPublication {
  const categories = categoriesOf(tallies);
  const values = yearValues(year, tallies);
  const hidden = suppressedCells(values, yearConstraints(year, categories), options);
  const value = (key: string) => values.get(key) ?? 0;
  const count = (period: string, measure: CountMeasure, category = ''): ReportedCount => {
    const key = cellKey(period, measure, category);
    return hidden.has(key) ? SUPPRESSED : value(key);
  };
  const mean = (period: string, sum: SumMeasure, category: string): number | null =>
    count(period, MEAN_OF[sum], category) === SUPPRESSED
      ? null
      : reportMean(value(cellKey(period, sum, category)), value(cellKey(period, MEAN_OF[sum], category)));
  const table = (period: string, measure: CountMeasure, withMean?: SumMeasure): PublishedTable => {
    const rows = categories[measure].map((id) => ({
      id, count: count(period, measure, id), ...(withMean === undefined ? {} : { mean: mean(period, withMean, id) }),
    }));
    const pooledIds = rows.filter((r) => r.count === SUPPRESSED).map((r) => r.id);
    const total = count(period, TOTAL_OF[measure] ?? 'results');
    const pooledCount = pooledIds.reduce((sum, id) => sum + value(cellKey(period, measure, id)), 0);
    const pooled = total === SUPPRESSED || pooledIds.length < 2 ? null : { count: pooledCount, ids: pooledIds };
    return { rows, pooled };
  };
  const publication = (period: string): StatisticsPublication => {
    const versions = table(period, 'version');
    const mixes = versions.rows.filter((r) => r.count !== 0).map((r) => r.id).sort();
    return {
      area,
      period,
      minGroupSize: MIN_GROUP_SIZE,
      results: count(period, 'results'),
      bands: table(period, 'band'),
      sectors: table(period, 'sector'),
      sizes: table(period, 'size', 'size-score-sum'),
      partners: table(period, 'partner'),
      referrals: count(period, 'referrals'),
      referralPartners: table(period, 'referral-partner'),
      checkKinds: table(period, 'check-kind', 'check-kind-score-sum'),
      rechecks: count(period, 'rechecks'),
      previousBands: table(period, 'previous-band', 'previous-band-score-sum'),
      versions,
      mixes,
      principles: PRINCIPLE_IDS.map((id) => ({ id, mean: mean(period, 'score-sum', id) })),
      // A question's counts mix only the versions that feed it and that this period holds.
      questions: categories['answer-no'].map((questionId) => ({
        questionId, no: count(period, 'answer-no', questionId), unknown: count(period, 'answer-unknown', questionId),
        versions: gapVersions(questionId, structure.version).filter((v) => mixes.includes(v)),
      })),
    };
  };
  return new Map(periodsOfYear(year).map((period) => [period, publication(period)]));
}

/** One period's publication, cut from its year's. */
export const publishPeriod = (area: string, period: string, tallies: readonly Tally[]): StatisticsPublication =>
  publishYear(area, yearOf(period), tallies).get(period)!;

/** `GET /api/v1/console/statistics`: a publication, with the names of the partners it lists. */
export type StatisticsResponse = StatisticsPublication & { readonly partnerNames: Readonly<Record<string, string>> };

/**
 * @module One area's year as cells and constraints: every count of every fixed table, for the
 * year, its quarters and its months, and the sums that link them (publication.ts suppresses them
 * together, so that a month, its quarter and its year can never be differenced).
 */
import { bankStructure } from '../bank';
import type { LinearConstraint } from './disclosure';
import { monthsOfYear, periodsOfYear, quarterOf, quartersOfYear } from './period';
import { COUNT_MEASURES, FIXED_CATEGORIES, RECHECK_KINDS, TOTAL_OF, type CountMeasure, type Measure, type Tally } from './tables';

/** The key of one figure: period, measure and category. */
export const cellKey = (period: string, measure: Measure, category: string): string => `${period}|${measure}|${category}`;

const questionIds = bankStructure.questions.map((q) => q.id);

/** Every category a table lists: its fixed ones and whatever the year's tallies hold. */
export function categoriesOf(tallies: readonly Tally[]): Record<CountMeasure, string[]> {
  const fixed: Partial<Record<CountMeasure, readonly string[]>> = {
    ...FIXED_CATEGORIES, 'answer-no': questionIds, 'answer-unknown': questionIds,
  };
  const entries = COUNT_MEASURES.map((measure) => {
    const seen = tallies.filter((t) => t.measure === measure).map((t) => t.category);
    const extra = [...new Set(seen)].filter((c) => !fixed[measure]?.includes(c)).sort();
    return [measure, [...(fixed[measure] ?? []), ...extra]] as const;
  });
  return Object.fromEntries(entries) as Record<CountMeasure, string[]>;
}

/** Every figure of the year (counts and sums), summed from monthly tallies into each period. */
export function yearValues(year: string, tallies: readonly Tally[]): Map<string, number> {
  const values = new Map<string, number>();
  const add = (key: string, n: number) => values.set(key, (values.get(key) ?? 0) + n);
  for (const t of tallies.filter((t) => t.month.startsWith(year))) {
    for (const period of [t.month, quarterOf(t.month), year]) add(cellKey(period, t.measure, t.category), t.value);
  }
  for (const period of periodsOfYear(year)) addFirstChecks(values, period);
  return values;
}

/**
 * First checks are not tallied (tables.ts, CHECK_KINDS): they are the period's results less its
 * re-checks, and their score sum is every result's (the size table's sums, which count each
 * result once) less the re-checks'.
 */
function addFirstChecks(values: Map<string, number>, period: string): void {
  const value = (measure: Measure, category = '') => values.get(cellKey(period, measure, category)) ?? 0;
  const sizes = [...values.keys()].filter((key) => key.startsWith(`${period}|size-score-sum|`));
  const allScores = sizes.reduce((sum, key) => sum + values.get(key)!, 0);
  const recheckScores = RECHECK_KINDS.reduce((sum, kind) => sum + value('check-kind-score-sum', kind), 0);
  const first = value('results') - value('rechecks');
  if (first === 0) return;
  values.set(cellKey(period, 'check-kind', 'first'), first);
  values.set(cellKey(period, 'check-kind-score-sum', 'first'), allScores - recheckScores);
}

/** The sums that link the year's counts: periods within periods, and categories within totals. */
export function yearConstraints(year: string, categories: Record<CountMeasure, string[]>): LinearConstraint[] {
  const constraints: LinearConstraint[] = [];
  const quarters = quartersOfYear(year);
  const months = monthsOfYear(year);
  for (const measure of COUNT_MEASURES) {
    const hideTotalFirst = measure === 'results' || measure === 'referrals';
    for (const category of categories[measure]) {
      const key = (period: string) => cellKey(period, measure, category);
      // A year is the figure read least while it is under way: it hides first for every table.
      constraints.push({ total: key(year), parts: quarters.map(key), hideTotalFirst: true });
      quarters.forEach((quarter, q) => constraints.push({ total: key(quarter), parts: months.slice(3 * q, 3 * q + 3).map(key), hideTotalFirst }));
    }
    const total = TOTAL_OF[measure];
    if (total === undefined) continue;
    for (const period of periodsOfYear(year)) {
      constraints.push({ total: cellKey(period, total, ''), parts: categories[measure].map((c) => cellKey(period, measure, c)) });
    }
  }
  // Every re-check is of one of the re-check kinds: the earlier-band table's total is their sum.
  for (const period of periodsOfYear(year)) {
    constraints.push({ total: cellKey(period, 'rechecks', ''), parts: RECHECK_KINDS.map((kind) => cellKey(period, 'check-kind', kind)) });
  }
  return constraints;
}

/**
 * @module The fixed set of one-way tables statistics publish per area and period, and the tally
 * rows they are kept as. A tally row is one count (or score sum) of one area, month, measure and
 * category; every published figure is a sum of tally rows over the months of its period.
 */
import { PRINCIPLE_IDS } from '../bank/types';
import { SECTOR_IDS, SIZE_IDS } from '../profile';
import { BANDS } from '../scoring';

/** Counts that are published, each suppressed when small. */
export const COUNT_MEASURES = [
  'results', 'band', 'sector', 'size', 'partner', 'referrals', 'referral-partner', 'answer-no', 'answer-unknown', 'scored',
  'check-kind', 'rechecks', 'previous-band',
  'version',
] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/** Sums of scores, only ever published as a mean beside a count that is shown. */
export const SUM_MEASURES = ['score-sum', 'size-score-sum', 'check-kind-score-sum', 'previous-band-score-sum'] as const;
export type SumMeasure = (typeof SUM_MEASURES)[number];

export type Measure = CountMeasure | SumMeasure;

/** One row of the `stats_tally` table (migrations/0009) for one area. */
export interface Tally {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly measure: Measure;
  /** A band, sector, size, partner, question or principle id, or a bank version; '' for `results` and `referrals`. */
  readonly category: string;
  readonly value: number;
}

/**
 * Tables whose categories add up to a total: the categories and the total are linked, so a
 * suppressed category must not be derivable as the total minus the others.
 */
export const TOTAL_OF: Partial<Record<CountMeasure, CountMeasure>> = {
  band: 'results',
  sector: 'results',
  size: 'results',
  partner: 'results',
  'referral-partner': 'referrals',
  'check-kind': 'results',
  'previous-band': 'rechecks',
  // Every result counts once under the bank version it answered (migrations/0023).
  version: 'results',
};

/**
 * A first check, a re-check (the check done again from an earlier result), or a re-check the
 * network invited after the students' scan (core/recheck.ts). Only re-checks are tallied: first
 * checks are the results less the re-checks, worked out when a year is read (linked-cells.ts),
 * so the tallies of results stored before re-checks existed need no rebuilding.
 */
export const CHECK_KINDS = ['first', 'recheck', 'recheck-after-scan'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** The kinds whose sum is `rechecks`, the total of the earlier-band table. */
export const RECHECK_KINDS = ['recheck', 'recheck-after-scan'] as const satisfies readonly CheckKind[];

/** The mean a sum measure gives, divided by which count. */
export const MEAN_OF: Record<SumMeasure, CountMeasure> = {
  'score-sum': 'scored', 'size-score-sum': 'size', 'check-kind-score-sum': 'check-kind', 'previous-band-score-sum': 'previous-band',
};

/** Skipped profile questions count as `unknown`, a category of its own. */
export const UNKNOWN_CATEGORY = 'unknown';

/** Categories every area shows, even at 0; partners are whichever appear in the year. */
export const FIXED_CATEGORIES: Partial<Record<CountMeasure, readonly string[]>> = {
  results: [''],
  referrals: [''],
  band: ['green', 'orange', 'red'],
  sector: [...SECTOR_IDS, UNKNOWN_CATEGORY],
  size: [...SIZE_IDS, UNKNOWN_CATEGORY],
  scored: PRINCIPLE_IDS,
  'check-kind': CHECK_KINDS,
  rechecks: [''],
  'previous-band': BANDS,
};

/**
 * @module The fixed set of one-way tables statistics publish per area and period, and the tally
 * rows they are kept as. A tally row is one count (or score sum) of one area, month, measure and
 * category; every published figure is a sum of tally rows over the months of its period.
 */
import { PRINCIPLE_IDS } from '../bank/types';
import { SECTOR_IDS, SIZE_IDS } from '../profile';

/** Counts that are published, each suppressed when small. */
export const COUNT_MEASURES = [
  'results', 'band', 'sector', 'size', 'partner', 'referrals', 'referral-partner', 'answer-no', 'answer-unknown', 'scored',
  'version',
] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/** Sums of scores, only ever published as a mean beside a count that is shown. */
export const SUM_MEASURES = ['score-sum', 'size-score-sum'] as const;
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
  // Every result counts once under the bank version it answered (migrations/0023).
  version: 'results',
};

/** The mean a sum measure gives, divided by which count. */
export const MEAN_OF: Record<SumMeasure, CountMeasure> = { 'score-sum': 'scored', 'size-score-sum': 'size' };

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
};

/**
 * @module How the statistics figures read. A hidden count is shown as "< 5": fewer than five
 * companies, or hidden so that a group of fewer than five cannot be worked out from the rest.
 */
import { MIN_GROUP_SIZE, SUPPRESSED, type ReportedCount } from '../../core/statistics';
import { formatNumber } from '../text';

export const SUPPRESSED_TEXT = `< ${MIN_GROUP_SIZE}`;

export const formatCount = (count: ReportedCount): string => (count === SUPPRESSED ? SUPPRESSED_TEXT : formatNumber(count));

/** A count as a bar length, or null when it may not be drawn. */
export const countValue = (count: ReportedCount): number | null => (count === SUPPRESSED ? null : count);

export const formatMean = (mean: number | null | undefined): string =>
  mean === null || mean === undefined ? SUPPRESSED_TEXT : mean.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

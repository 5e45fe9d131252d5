/**
 * @module How the statistics figures read. A suppressed count is shown as "< 5", exactly what it
 * means: between one and four, not shown so that no company can be recognised.
 */
import { MIN_GROUP_SIZE, SUPPRESSED, type ReportedCount } from '../../core/statistics';
import { formatNumber } from '../text';

export const SUPPRESSED_TEXT = `< ${MIN_GROUP_SIZE}`;

export const formatCount = (count: ReportedCount): string => (count === SUPPRESSED ? SUPPRESSED_TEXT : formatNumber(count));

/** A count as a bar length, or null when it may not be drawn. */
export const countValue = (count: ReportedCount): number | null => (count === SUPPRESSED ? null : count);

/** A 0-1 rate as a Dutch percentage with one decimal. */
export const formatRate = (rate: number): string =>
  `${(rate * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;

export const formatMean = (mean: number | null): string =>
  mean === null ? `te weinig scans (${SUPPRESSED_TEXT})` : mean.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/**
 * @module Statistics periods: fixed calendar months, quarters and years only. A free range could
 * be differenced against another (March-May minus March-April is May's small group), so the
 * API answers nothing else, and a year's figures are published together with its months and
 * quarters (publication.ts).
 */

/** `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

export type PeriodKind = 'month' | 'quarter' | 'year';

/** Whether `period` is a month, a quarter or a year (it must match {@link PERIOD_PATTERN}). */
/*#__NO_SIDE_EFFECTS__*/
export function periodKind(period: string): PeriodKind {
  if (period.length === 4) return 'year';
  return period.includes('Q') ? 'quarter' : 'month';
}

/** The year a period lies in. */
export const yearOf = (period: string): string => period.slice(0, 4);

/** The quarter of a month, `YYYY-Qn`. */
/*#__NO_SIDE_EFFECTS__*/
export function quarterOf(month: string): string {
  return `${yearOf(month)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** The twelve months of `year`, in order. */
/*#__NO_SIDE_EFFECTS__*/
export function monthsOfYear(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The four quarters of `year`, in order. */
export const quartersOfYear = (year: string): string[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/** Every period published with `year`: the year, its quarters, its months. */
export const periodsOfYear = (year: string): string[] => [year, ...quartersOfYear(year), ...monthsOfYear(year)];

/** The month of `today`, `YYYY-MM` (UTC), the default period of the console. */
export const monthOf = (today: Date): string => today.toISOString().slice(0, 7);

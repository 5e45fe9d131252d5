/** @module Statistics periods: whole months, `YYYY-MM`, as the cells are kept. */

/** `YYYY-MM` with a real month. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month `months` before `month` (negative: after). */
/*#__NO_SIDE_EFFECTS__*/
export function monthsBefore(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The default period: the twelve months up to and including the month of `today`. */
/*#__NO_SIDE_EFFECTS__*/
export function lastTwelveMonths(today: Date): { from: string; to: string } {
  const to = today.toISOString().slice(0, 7);
  return { from: monthsBefore(to, 11), to };
}

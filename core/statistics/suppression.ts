/**
 * @module The small-group rules of statistics (k-anonymity with k = 5). Data about a sole trader
 * is personal data, so no figure may describe fewer than five companies.
 */

/** The smallest group statistics report: a cell, a total or a count below this is never shown. */
export const MIN_GROUP_SIZE = 5;

/** What a suppressed figure shows, in the API and in exports alike. */
export const SUPPRESSED = `<${MIN_GROUP_SIZE}` as const;
export type Suppressed = typeof SUPPRESSED;

/** A count as reported: the number, or {@link SUPPRESSED}. */
export type ReportedCount = number | Suppressed;

/**
 * Whether a cell may add to any figure. The data layer applies this rule inside SQL, before it
 * sums anything (`results >= MIN_GROUP_SIZE`): a figure built only from cells of at least five
 * differs from any other figure by a sum of such cells too, so no subtraction of two answers,
 * whatever their filters, can single out a group of one to four.
 */
/*#__NO_SIDE_EFFECTS__*/
export const isReportableCell = (results: number): boolean => results >= MIN_GROUP_SIZE;

/**
 * A count within a group that is itself reportable: 0 stays 0 (nobody in a group of at least
 * five), 1 to 4 is suppressed. Strict on purpose: "1 red" is a fact about one company.
 */
/*#__NO_SIDE_EFFECTS__*/
export const reportCount = (count: number): ReportedCount =>
  count === 0 || count >= MIN_GROUP_SIZE ? count : SUPPRESSED;

/** A mean over at least {@link MIN_GROUP_SIZE} values, to one decimal; null over fewer. */
/*#__NO_SIDE_EFFECTS__*/
export const reportMean = (sum: number, values: number): number | null =>
  values >= MIN_GROUP_SIZE ? Math.round((10 * sum) / values) / 10 : null;

/** `part / whole` to three decimals, when both are shown as numbers and the whole is reportable. */
/*#__NO_SIDE_EFFECTS__*/
export const reportRate = (part: ReportedCount, whole: number): number | null =>
  part === SUPPRESSED || whole < MIN_GROUP_SIZE ? null : Math.round((1000 * part) / whole) / 1000;

/**
 * @module The threshold rule of statistics (k = 5). Data about a sole trader is personal data, so
 * no shown figure may describe one to four companies.
 */

/** The smallest group statistics show: a count or a mean's group below this is never shown. */
export const MIN_GROUP_SIZE = 5;

/** What a suppressed figure shows, in the API and in exports alike. */
export const SUPPRESSED = `<${MIN_GROUP_SIZE}` as const;
export type Suppressed = typeof SUPPRESSED;

/** A count as published: the number, or {@link SUPPRESSED}. */
export type ReportedCount = number | Suppressed;

/** A count of one to four: suppressed wherever it appears (primary suppression). 0 is shown. */
/*#__NO_SIDE_EFFECTS__*/
export const isSmallCount = (count: number): boolean => count > 0 && count < MIN_GROUP_SIZE;

/** A mean over at least {@link MIN_GROUP_SIZE} values, to one decimal; null over fewer. */
/*#__NO_SIDE_EFFECTS__*/
export const reportMean = (sum: number, values: number): number | null =>
  values >= MIN_GROUP_SIZE ? Math.round((10 * sum) / values) / 10 : null;

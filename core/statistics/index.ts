/** @module Statistics: cells, small-group suppression and the answer's shape. */
export {
  sumReportableCells, type GapCount, type PartnerSums, type PrincipleSum, type StatisticsCell, type StatisticsSums,
} from './cells';
export { MONTH_PATTERN, lastTwelveMonths, monthsBefore } from './period';
export { TOP_GAPS, reportStatistics, type PartnerConversion, type StatisticsFilters, type StatisticsResponse } from './report';
export {
  MIN_GROUP_SIZE, SUPPRESSED, isReportableCell, reportCount, reportMean, reportRate,
  type ReportedCount, type Suppressed,
} from './suppression';

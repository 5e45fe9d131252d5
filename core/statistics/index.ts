/** @module Statistics: the fixed tables, their tallies, the periods and the publication rules. */
export { CHECK_KIND_LABEL } from './check-kind-labels';
export { comparisonLine, type ComparisonResponse } from './comparison';
export { suppressedCells, type LinearConstraint, type SuppressionOptions } from './disclosure';
export {
  PERIOD_PATTERN, monthOf, monthsOfYear, periodKind, periodsOfYear, quarterOf, quartersOfYear, yearOf, type PeriodKind,
} from './period';
export {
  publishPeriod, publishYear, type PublishedRow, type PublishedTable, type StatisticsPublication,
  type StatisticsResponse, type YearPublication,
} from './publication';
export { MIN_GROUP_SIZE, SUPPRESSED, isSmallCount, reportMean, type ReportedCount, type Suppressed } from './suppression';
export {
  CHECK_KINDS, COUNT_MEASURES, FIXED_CATEGORIES, MEAN_OF, RECHECK_KINDS, SUM_MEASURES, TOTAL_OF, UNKNOWN_CATEGORY,
  type CheckKind, type CountMeasure, type Measure, type SumMeasure, type Tally,
} from './tables';
export { AREA_PATTERN, COUNTRY, areasOf, networkArea, provinceArea, resultTallies, type TalliedResult } from './tally';

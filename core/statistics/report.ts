/**
 * @module A statistics answer, from the sums of reportable cells: the shape the console and the
 * CSV export share (`GET /api/v1/console/statistics[.csv]`), with every small-group rule applied.
 */
import { bankStructure } from '../bank';
import type { PrincipleId } from '../bank/types';
import type { StatisticsSums } from './cells';
import {
  MIN_GROUP_SIZE, SUPPRESSED, reportCount, reportMean, reportRate, type ReportedCount,
} from './suppression';

/** How many gaps the answer lists. */
export const TOP_GAPS = 10;

/** What a statistics answer covers. `network` null is national (admin only). */
export interface StatisticsFilters {
  /** First month, `YYYY-MM`, inclusive. */
  readonly from: string;
  /** Last month, `YYYY-MM`, inclusive. */
  readonly to: string;
  readonly network: string | null;
  readonly partner: string | null;
  /** A sector id, `unknown` (skipped by the visitor), or null for all. */
  readonly sector: string | null;
  /** A size band id, `unknown`, or null for all. */
  readonly size: string | null;
}

export interface PartnerConversion {
  readonly partnerId: string;
  readonly partnerName: string;
  /** Completed assessments through this partner's widget; listed only when at least five. */
  readonly assessments: number;
  /** Referrals made through this partner's widget, in the same cells. */
  readonly referrals: ReportedCount;
  /** Referrals per assessment, 0-1 to three decimals; null when referrals are suppressed. */
  readonly rate: number | null;
}

/**
 * The answer. Figures count only groups of at least five results (smaller groups are left out of
 * every total, so totals are "complete among groups of at least five"). When the total is
 * {@link SUPPRESSED} there is no breakdown: `bands` null, every mean null, empty lists.
 */
export interface StatisticsResponse {
  readonly filters: StatisticsFilters;
  readonly minGroupSize: typeof MIN_GROUP_SIZE;
  readonly total: ReportedCount;
  readonly bands: { readonly green: ReportedCount; readonly orange: ReportedCount; readonly red: ReportedCount } | null;
  /** Mean principle score 0-100 in bank order; null where fewer than five results scored it. */
  readonly principles: readonly { readonly id: PrincipleId; readonly mean: number | null }[];
  /** The questions most often answered "no" or "don't know", most first; only counts of five up. */
  readonly topGaps: readonly { readonly questionId: string; readonly count: number }[];
  /** Per partner, most assessments first. */
  readonly conversion: readonly PartnerConversion[];
  /** The bank versions answered; more than one means the figures mix versions. */
  readonly bankVersions: readonly string[];
}

const bankOrder = new Map(bankStructure.questions.map((q, i) => [q.id, i]));
const orderOf = (questionId: string) => bankOrder.get(questionId) ?? Number.MAX_SAFE_INTEGER;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Applies the small-group rules to the sums of the cells a query selected. */
/*#__NO_SIDE_EFFECTS__*/
export function reportStatistics(filters: StatisticsFilters, sums: StatisticsSums): StatisticsResponse {
  const total = sum(sums.partners.map((p) => p.results));
  const base = { filters, minGroupSize: MIN_GROUP_SIZE } as const;
  // Zero too: after dropping small cells, 0 may hide one to four results.
  if (total < MIN_GROUP_SIZE) {
    const principles = bankStructure.principles.map((id) => ({ id, mean: null }));
    return { ...base, total: SUPPRESSED, bands: null, principles, topGaps: [], conversion: [], bankVersions: [] };
  }
  const band = (key: 'green' | 'orange' | 'red') => reportCount(sum(sums.partners.map((p) => p[key])));
  const principle = (id: PrincipleId) => sums.principles.find((p) => p.id === id);
  return {
    ...base,
    total,
    bands: { green: band('green'), orange: band('orange'), red: band('red') },
    principles: bankStructure.principles.map((id) => ({ id, mean: reportMean(principle(id)?.scoreSum ?? 0, principle(id)?.scored ?? 0) })),
    topGaps: sums.gaps
      .filter((g) => g.gaps >= MIN_GROUP_SIZE)
      .sort((a, b) => b.gaps - a.gaps || orderOf(a.questionId) - orderOf(b.questionId))
      .slice(0, TOP_GAPS)
      .map((g) => ({ questionId: g.questionId, count: g.gaps })),
    conversion: sums.partners
      .filter((p) => p.results >= MIN_GROUP_SIZE)
      .sort((a, b) => b.results - a.results || a.partnerId.localeCompare(b.partnerId))
      .map((p) => {
        const referrals = reportCount(p.referrals);
        return { partnerId: p.partnerId, partnerName: p.partnerName, assessments: p.results, referrals, rate: reportRate(referrals, p.results) };
      }),
    bankVersions: sums.bankVersions,
  };
}

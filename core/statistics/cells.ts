/**
 * @module What a statistics cell holds, and the sums a statistics answer is built from. The data
 * layer sums cells in SQL; {@link sumReportableCells} is the same rule over cells in memory, the
 * reference both the core tests and the worker tests hold the SQL to.
 */
import { isReportableCell } from './suppression';

/** Per principle: the sum of its scores and how many results had a score for it. */
export interface PrincipleSum {
  readonly id: string;
  readonly scoreSum: number;
  readonly scored: number;
}

/** Per question: how many results answered "no" or "don't know". */
export interface GapCount {
  readonly questionId: string;
  readonly gaps: number;
}

/** One partner's share of a statistics answer. */
export interface PartnerSums {
  readonly partnerId: string;
  /** The partner's name now; its id when the partner no longer exists. */
  readonly partnerName: string;
  readonly results: number;
  readonly green: number;
  readonly orange: number;
  readonly red: number;
  readonly referrals: number;
}

/** The sums over the reportable cells that match a query's filters. */
export interface StatisticsSums {
  readonly partners: readonly PartnerSums[];
  /** Only from cells where at least five results scored the principle: a mean's own group. */
  readonly principles: readonly PrincipleSum[];
  readonly gaps: readonly GapCount[];
  readonly bankVersions: readonly string[];
}

/** One cell: results sharing network, month, partner, sector and size (migrations/0007). */
export interface StatisticsCell extends PartnerSums {
  readonly networkId: string;
  readonly month: string;
  readonly sector: string;
  readonly size: string;
  readonly principles: readonly PrincipleSum[];
  readonly gaps: readonly GapCount[];
  readonly bankVersions: readonly string[];
}

const add = <K extends string>(totals: Map<K, number>, key: K, n: number) => totals.set(key, (totals.get(key) ?? 0) + n);

/** Sums the cells a query selected, dropping every cell too small to report before adding. */
/*#__NO_SIDE_EFFECTS__*/
export function sumReportableCells(cells: readonly StatisticsCell[]): StatisticsSums {
  const partners = new Map<string, PartnerSums>();
  const scoreSums = new Map<string, number>();
  const scored = new Map<string, number>();
  const gaps = new Map<string, number>();
  const versions = new Set<string>();
  for (const cell of cells.filter((c) => isReportableCell(c.results))) {
    const sums = partners.get(cell.partnerId);
    partners.set(cell.partnerId, {
      partnerId: cell.partnerId,
      partnerName: cell.partnerName,
      results: (sums?.results ?? 0) + cell.results,
      green: (sums?.green ?? 0) + cell.green,
      orange: (sums?.orange ?? 0) + cell.orange,
      red: (sums?.red ?? 0) + cell.red,
      referrals: (sums?.referrals ?? 0) + cell.referrals,
    });
    for (const p of cell.principles.filter((p) => isReportableCell(p.scored))) {
      add(scoreSums, p.id, p.scoreSum);
      add(scored, p.id, p.scored);
    }
    for (const g of cell.gaps) add(gaps, g.questionId, g.gaps);
    for (const v of cell.bankVersions) versions.add(v);
  }
  return {
    partners: [...partners.values()],
    principles: [...scoreSums].map(([id, scoreSum]) => ({ id, scoreSum, scored: scored.get(id) ?? 0 })),
    gaps: [...gaps].map(([questionId, n]) => ({ questionId, gaps: n })),
    bankVersions: [...versions].sort(),
  };
}

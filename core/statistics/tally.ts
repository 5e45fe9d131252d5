/**
 * @module The tally rows one anonymous result adds to each area it counts for: the worker stores
 * them in the result's own batch, and migrations/0010 computes the same rows for older results in
 * SQL (tests/worker/statistics-backfill.test.ts holds the two together).
 */
import type { Answers } from '../answers';
import { NETWORK_ID_PATTERN } from '../network-id';
import type { Recheck } from '../recheck';
import { PROVINCE_IDS } from '../regions';
import type { PrincipleScore, Band } from '../scoring';
import { UNKNOWN_CATEGORY, type CheckKind, type Tally } from './tables';

/** What a result contributes to statistics; nothing about the visitor, and no postcode. */
export interface TalliedResult {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  readonly partnerId: string;
  /** The bank version the answers belong to: figures say which versions they mix. */
  readonly bankVersion: string;
  readonly band: Band;
  readonly overall: number;
  readonly sector: string | null;
  readonly size: string | null;
  readonly answers: Answers;
  readonly principleScores: readonly PrincipleScore[];
  /** A re-check's earlier band and whether it followed the students' scan; null or absent for a first check. */
  readonly recheck?: Recheck | null;
}

/** The areas a result counts for: its network and province when known, and always the country. */
export const COUNTRY = 'country';
export const networkArea = (networkId: string): string => `network:${networkId}`;
export const provinceArea = (province: string): string => `province:${province}`;

/** Any area a statistics request may name: `country`, `network:<id>` or `province:<id>`. */
export const AREA_PATTERN = new RegExp(
  `^(${COUNTRY}|network:${NETWORK_ID_PATTERN.source.slice(1, -1)}|province:(${PROVINCE_IDS.join('|')}))$`,
);

/** The areas of a result or referral, as tally keys. */
export function areasOf(networkId: string | null, province: string | null): string[] {
  return [
    ...(networkId === null ? [] : [networkArea(networkId)]),
    ...(province === null ? [] : [provinceArea(province)]),
    COUNTRY,
  ];
}

/** The rows `result` adds to every area it counts for (value 1, or a score for sums). */
/*#__NO_SIDE_EFFECTS__*/
export function resultTallies(result: TalliedResult): Tally[] {
  const month = result.day.slice(0, 7);
  const size = result.size ?? UNKNOWN_CATEGORY;
  const row = (measure: Tally['measure'], category: string, value = 1): Tally => ({ month, measure, category, value });
  const scored = result.principleScores.filter((p): p is PrincipleScore & { score: number } => p.score !== null);
  return [
    row('results', ''),
    row('band', result.band),
    row('sector', result.sector ?? UNKNOWN_CATEGORY),
    row('size', size),
    row('size-score-sum', size, result.overall),
    row('partner', result.partnerId),
    row('version', result.bankVersion),
    ...scored.map((p) => row('scored', p.id)),
    ...scored.map((p) => row('score-sum', p.id, p.score)),
    ...Object.entries(result.answers).flatMap(([questionId, answer]) =>
      answer === 'no' ? [row('answer-no', questionId)] : answer === 'unknown' ? [row('answer-unknown', questionId)] : [],
    ),
    ...recheckTallies(result, row),
  ];
}

/**
 * A re-check's rows: its kind and earlier band, each with the score now (for the means that show
 * improvement). A first check adds none: first checks are worked out as results less re-checks.
 */
function recheckTallies(result: TalliedResult, row: (measure: Tally['measure'], category: string, value?: number) => Tally): Tally[] {
  const recheck = result.recheck;
  if (recheck == null) return [];
  const kind: CheckKind = recheck.afterScan ? 'recheck-after-scan' : 'recheck';
  return [
    row('rechecks', ''),
    row('check-kind', kind),
    row('check-kind-score-sum', kind, result.overall),
    row('previous-band', recheck.previousBand),
    row('previous-band-score-sum', recheck.previousBand, result.overall),
  ];
}

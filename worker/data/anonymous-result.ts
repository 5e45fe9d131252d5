/** @module The shape of an anonymous result, apart from storing it, so that the statistics tallies can take it too. */
import type { Answers } from '../../core/answers';
import type { Lang } from '../../core/bank/types';
import type { SectorId, SizeId } from '../../core/profile';
import type { Recheck } from '../../core/recheck';
import type { ProvinceId } from '../../core/regions';
import type { Band, PrincipleScore } from '../../core/scoring';

/** One completed assessment, as statistics need it. */
export interface AnonymousResult {
  /** UTC date, `YYYY-MM-DD`: the time of day is never kept. */
  readonly day: string;
  readonly partnerId: string;
  readonly bankVersion: string;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly principleScores: readonly PrincipleScore[];
  readonly overall: number;
  readonly band: Band;
  readonly sector: SectorId | null;
  readonly size: SizeId | null;
  /** The network the result counts for (worker/routes/results.ts decides), or null: national only. */
  readonly networkId: string | null;
  /** From the visitor's postcode, which itself is never stored; null without one. */
  readonly province: ProvinceId | null;
  /** A re-check's earlier band and whether it followed the students' scan; null or absent for a first check. */
  readonly recheck?: Recheck | null;
}

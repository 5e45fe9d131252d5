/**
 * @module One network's results with the spread the issue measured coverage at: three partner
 * sites, 55% one-person firms, 30% 2-9, the rest larger, eleven sectors, a quarter of visitors
 * skipping the profile. Plain objects, no database: the coverage figures and the attacker test
 * publish them through the core rules directly.
 */
import { bankStructure } from '../../core/bank';
import { SECTOR_IDS, type SizeId } from '../../core/profile';
import type { Recheck } from '../../core/recheck';
import { scoreAssessment, type Band } from '../../core/scoring';
import { monthsOfYear, type TalliedResult } from '../../core/statistics';
import { answerSet, seeded } from './synthetic-answers';

const PARTNERS = ['haagse-ondernemers', 'den-haag', 'mkb-haaglanden'];
const SIZES: readonly (readonly [SizeId, number])[] = [['1', 0.55], ['2-9', 0.3], ['10-49', 0.1], ['50-249', 0.04], ['250+', 0.01]];
/** Larger sectors first: 12 : 11 : ... : 2. */
const SECTOR_WEIGHTS = SECTOR_IDS.map((_, i) => 12 - i);

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  let r = random() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted.at(-1)![0];
}

/** `perMonth` results in each month of `year` (or its first `months`), the same for the same seed. */
export function regionalResults(perMonth: number, year = '2026', seed = 7, months = 12): TalliedResult[] {
  const random = seeded(seed);
  const sectors = SECTOR_IDS.map((id, i) => [id, SECTOR_WEIGHTS[i]!] as const);
  return monthsOfYear(year).slice(0, months).flatMap((month) => Array.from({ length: perMonth }, (): TalliedResult => {
    const answers = answerSet(random);
    const { principles, overall, band } = scoreAssessment(bankStructure, answers);
    const skipped = random() < 0.25;
    return {
      day: `${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      partnerId: PARTNERS[Math.floor(random() * PARTNERS.length)]!,
      bankVersion: bankStructure.version,
      band,
      overall,
      sector: skipped ? null : pick(random, sectors),
      size: skipped ? null : pick(random, SIZES),
      answers,
      principleScores: principles,
    };
  }));
}

/** Earlier bands of re-checks: an assumption for the benchmark, weighted to the bands that need it most. */
const EARLIER_BANDS: readonly (readonly [Band, number])[] = [['red', 0.45], ['orange', 0.4], ['green', 0.15]];

/**
 * `results` with a share of them made re-checks (a third of those after the students' scan), by a
 * random stream of their own: the results themselves stay exactly those of {@link regionalResults}.
 * The shares are assumptions for measuring the publication, not observed figures.
 */
export function withRechecks(results: readonly TalliedResult[], share: number, seed = 11): TalliedResult[] {
  const random = seeded(seed);
  return results.map((result) => {
    if (random() >= share) return result;
    const recheck: Recheck = { previousBand: pick(random, EARLIER_BANDS), afterScan: random() < 1 / 3 };
    return { ...result, recheck };
  });
}

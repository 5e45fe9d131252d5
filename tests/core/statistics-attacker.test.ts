/**
 * The guarantee of README "Statistics", tested as an attacker would break it: collect every
 * figure published for a network's year and solve for each hidden count.
 */
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, publishYear, resultTallies, type Tally } from '../../core/statistics';
import { regionalResults, withRechecks } from '../../scripts/bench/regional-spread';
import { disclosedCounts } from './statistics-attacker';

/** A network's year at `perMonth` results, a fifth of them re-checks, with a referral from every eighth result. */
function networkYear(perMonth: number, seed: number, months = 12): Tally[] {
  // A year under way: full months, then a current month of three results so far.
  const current = months < 12 ? regionalResults(3, '2026', seed + 100, months + 1).filter((r) => r.day.startsWith(`2026-${String(months + 1).padStart(2, '0')}`)) : [];
  const results = withRechecks([...regionalResults(perMonth, '2026', seed, months), ...current], 0.2, seed);
  const referrals = results.filter((_, i) => i % 8 === 3).flatMap((r): Tally[] => [
    { month: r.day.slice(0, 7), measure: 'referrals', category: '', value: 1 },
    { month: r.day.slice(0, 7), measure: 'referral-partner', category: r.partnerId, value: 1 },
  ]);
  return [...results.flatMap(resultTallies), ...referrals];
}

describe('an attacker with every published figure of a network year', () => {
  for (const [perMonth, seed] of [[6, 1], [12, 2], [20, 3]] as const) {
    it(`pins no hidden count to 1-4 at ${perMonth} results a month`, { timeout: 120_000 }, () => {
      const publication = publishYear('network:cyberwerf', '2026', networkYear(perMonth, seed));
      const hiddenCount = [...publication.values()].flatMap((p) => p.sectors.rows).filter((r) => r.count === SUPPRESSED).length;
      expect(hiddenCount).toBeGreaterThan(0);
      const hiddenRechecks = [...publication.values()].flatMap((p) => p.previousBands.rows).filter((r) => r.count === SUPPRESSED).length;
      expect(hiddenRechecks).toBeGreaterThan(0);
      expect(disclosedCounts(publication)).toEqual([]);
    });
  }

  it('pins no hidden count to 1-4 in a year under way, whose current month has three results', { timeout: 120_000 }, () => {
    const publication = publishYear('network:cyberwerf', '2026', networkYear(20, 4, 4));
    expect(publication.get('2026-05')!.results).toBe(SUPPRESSED);
    expect(publication.get('2026-04')!.results).toBe(20);
    expect(disclosedCounts(publication)).toEqual([]);
  });

  it('pins hidden counts when secondary suppression is switched off', { timeout: 120_000 }, () => {
    const publication = publishYear('network:cyberwerf', '2026', networkYear(12, 2), { secondary: false });
    expect(disclosedCounts(publication).length).toBeGreaterThan(0);
  });
});

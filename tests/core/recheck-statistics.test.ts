/**
 * Re-checks in the statistics (core/statistics): a re-check adds its kind and earlier band, a
 * first check nothing new; first checks are the results less the re-checks; and at real volumes
 * the re-check figures survive the suppression that hides them like every other count.
 */
import { describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import type { Recheck } from '../../core/recheck';
import { scoreAssessment } from '../../core/scoring';
import { SUPPRESSED, publishYear, resultTallies, type TalliedResult } from '../../core/statistics';
import { recheckCoverageAt } from '../../scripts/bench/recheck-coverage';

const answers = (answer: 'yes' | 'no') => Object.fromEntries(bankStructure.questions.map((q) => [q.id, answer]));

function result(answer: 'yes' | 'no', recheck: Recheck | null = null): TalliedResult {
  const { principles, overall, band } = scoreAssessment(bankStructure, answers(answer));
  return { day: '2026-03-10', partnerId: 'demo', bankVersion: bankStructure.version, band, overall, sector: null, size: '2-9', answers: answers(answer), principleScores: principles, recheck };
}

describe('what a re-check adds', () => {
  it('adds its kind, its earlier band and the score now to both; a first check adds none of these', () => {
    const measures = (r: TalliedResult) => resultTallies(r).map((t) => t.measure);
    expect(measures(result('no'))).not.toEqual(expect.arrayContaining(['rechecks']));
    const rows = resultTallies(result('yes', { previousBand: 'red', afterScan: true })).filter((t) => /check|previous/.test(t.measure));
    expect(rows).toEqual([
      { month: '2026-03', measure: 'rechecks', category: '', value: 1 },
      { month: '2026-03', measure: 'check-kind', category: 'recheck-after-scan', value: 1 },
      { month: '2026-03', measure: 'check-kind-score-sum', category: 'recheck-after-scan', value: 100 },
      { month: '2026-03', measure: 'previous-band', category: 'red', value: 1 },
      { month: '2026-03', measure: 'previous-band-score-sum', category: 'red', value: 100 },
    ]);
  });

  it('publishes first checks as the results less the re-checks, each kind with its mean score', () => {
    const year = [
      ...Array.from({ length: 10 }, () => result('no')),
      ...Array.from({ length: 6 }, () => result('yes', { previousBand: 'red', afterScan: true })),
      ...Array.from({ length: 5 }, () => result('yes', { previousBand: 'orange', afterScan: false })),
    ];
    const march = publishYear('network:cyberwerf', '2026', year.flatMap(resultTallies)).get('2026-03')!;
    expect(march.checkKinds.rows).toEqual([
      { id: 'first', count: 10, mean: result('no').overall },
      { id: 'recheck', count: 5, mean: 100 },
      { id: 'recheck-after-scan', count: 6, mean: 100 },
    ]);
    expect(march.rechecks).toBe(11);
    expect(march.previousBands.rows).toEqual([
      { id: 'green', count: 0, mean: null },
      { id: 'orange', count: 5, mean: 100 },
      { id: 'red', count: 6, mean: 100 },
    ]);
  });

  it('hides a kind of one to four and a partner for it, as every other table', () => {
    const year = [...Array.from({ length: 10 }, () => result('no')), ...Array.from({ length: 2 }, () => result('yes', { previousBand: 'red', afterScan: true }))];
    const march = publishYear('network:cyberwerf', '2026', year.flatMap(resultTallies)).get('2026-03')!;
    expect(march.checkKinds.rows.map((r) => r.count)).toEqual([SUPPRESSED, 0, SUPPRESSED]);
    expect(march.rechecks).toBe(SUPPRESSED);
    expect(march.results).toBe(12);
  });
});

describe('utility beside the rule: re-check figures at real volumes (a tenth of results re-checks, an assumption)', () => {
  for (const [perMonth, floor] of [[60, 0.5], [300, 1]] as const) {
    it(`at ${perMonth} results a month, at least ${floor * 100}% of re-checks are in a shown kind per quarter, and the re-check total is shown`, { timeout: 60_000 }, () => {
      const coverage = recheckCoverageAt(perMonth, 0.1);
      console.log(`Re-check coverage at ${perMonth} a month: ${JSON.stringify(coverage)}`);
      expect(coverage.totalQuarter).toBe(1);
      expect(coverage.kindQuarter).toBeGreaterThanOrEqual(floor);
    });
  }
});

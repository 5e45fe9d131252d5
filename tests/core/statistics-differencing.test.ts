/**
 * An attacker with console access asks every combination of filters and subtracts the answers,
 * looking for a group of one to four companies. Cells of one to four results are spread through
 * the data on purpose.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_GROUP_SIZE, reportStatistics, sumReportableCells, type StatisticsCell, type StatisticsFilters,
} from '../../core/statistics';
import { cell } from './statistics-fixtures';

const PARTNERS = [
  { partnerId: 'haagse-ondernemers', networkId: 'cyberwerf' },
  { partnerId: 'delftse-zaken', networkId: 'cyberwerf' },
  { partnerId: 'utrechtse-zaak', networkId: 'cybernetwerk-utrecht' },
];
const SECTORS = ['retail', 'care', 'unknown'];
const SIZES = ['1', '2-9'];
const MONTHS = ['2026-01', '2026-02'];

/** Every combination gets a cell; sizes cycle through 1-4 (too small) and 5-9. */
const cells: StatisticsCell[] = PARTNERS.flatMap(({ partnerId, networkId }) =>
  SECTORS.flatMap((sector) => SIZES.flatMap((size) => MONTHS.map((month) => ({ partnerId, networkId, sector, size, month })))),
).map((key, i) => cell({ ...key, results: [1, 6, 2, 5, 3, 9, 4, 7][i % 8]! }));

const options = <T>(values: readonly T[]) => [null, ...values];
const filterSets: StatisticsFilters[] = options(['cyberwerf', 'cybernetwerk-utrecht']).flatMap((network) =>
  options(PARTNERS.map((p) => p.partnerId)).flatMap((partner) =>
    options(SECTORS).flatMap((sector) =>
      options(SIZES).flatMap((size) =>
        [['2026-01', '2026-01'], ['2026-02', '2026-02'], ['2026-01', '2026-02']].map(([from, to]) => ({
          from: from!, to: to!, network, partner, sector, size,
        })),
      ),
    ),
  ),
);

const matches = (f: StatisticsFilters) => (c: StatisticsCell) =>
  c.month >= f.from && c.month <= f.to && [
    [f.network, c.networkId], [f.partner, c.partnerId], [f.sector, c.sector], [f.size, c.size],
  ].every(([wanted, actual]) => wanted === null || wanted === actual);

/** What each query answers, with the matching cells, as the attacker would collect them. */
const answers = (total: (selected: StatisticsCell[], f: StatisticsFilters) => number | string) =>
  filterSets.map((f) => {
    const selected = cells.filter(matches(f));
    return { selected: new Set(selected), total: total(selected, f) };
  });

/** Subtracts every answer from every answer over a superset of its cells; returns the groups found. */
function smallGroupsFound(collected: ReturnType<typeof answers>): number[] {
  const found: number[] = [];
  for (const whole of collected) {
    for (const part of collected) {
      if (typeof whole.total !== 'number' || typeof part.total !== 'number') continue;
      if (![...part.selected].every((c) => whole.selected.has(c))) continue;
      const difference = whole.total - part.total;
      if (difference > 0 && difference < MIN_GROUP_SIZE) found.push(difference);
    }
  }
  return found;
}

describe('a differencing attack across filters', () => {
  it('finds no group of one to four in any pair of nested answers', () => {
    const collected = answers((selected, f) => reportStatistics(f, sumReportableCells(selected)).total);
    expect(collected.filter((a) => typeof a.total === 'number').length).toBeGreaterThan(100);
    expect(smallGroupsFound(collected)).toEqual([]);
  });

  it('finds nothing by taking the size bands it can see away from a total without size', () => {
    const total = (f: StatisticsFilters) => reportStatistics(f, sumReportableCells(cells.filter(matches(f)))).total;
    const wholes = filterSets.filter((f) => f.size === null && typeof total(f) === 'number');
    expect(wholes.length).toBeGreaterThan(50);
    for (const whole of wholes) {
      const shown = SIZES.map((size) => total({ ...whole, size })).filter((t): t is number => typeof t === 'number');
      const rest = Number(total(whole)) - shown.reduce((a, b) => a + b, 0);
      expect(rest === 0 || rest >= MIN_GROUP_SIZE, `${JSON.stringify(whole)} leaves ${rest}`).toBe(true);
    }
  });

  it('would succeed if small groups were only hidden in the answer instead of dropped from the sums', () => {
    const hiddenOnly = answers((selected) => {
      const sum = selected.reduce((n, c) => n + c.results, 0);
      return sum < MIN_GROUP_SIZE ? '<5' : sum;
    });
    expect(smallGroupsFound(hiddenOnly).length).toBeGreaterThan(0);
  });
});

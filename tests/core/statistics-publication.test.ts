import { describe, expect, it } from 'vitest';
import { SUPPRESSED, publishPeriod, publishYear, type Tally } from '../../core/statistics';

const tally = (month: string, measure: Tally['measure'], category: string, value: number): Tally => ({ month, measure, category, value });
const bandsOf = (month: string, green: number, orange: number, red: number): Tally[] => [
  tally(month, 'results', '', green + orange + red),
  tally(month, 'band', 'green', green), tally(month, 'band', 'orange', orange), tally(month, 'band', 'red', red),
];
const count = (rows: readonly { id: string; count: unknown }[], id: string) => rows.find((r) => r.id === id)?.count;

describe('one table and its total', () => {
  it('hides a second band when one small band would be the total minus the others', () => {
    const march = publishPeriod('network:cyberwerf', '2026-03', bandsOf('2026-03', 0, 2, 8));
    expect(march.results).toBe(10);
    expect(count(march.bands.rows, 'green')).toBe(0);
    expect(count(march.bands.rows, 'orange')).toBe(SUPPRESSED);
    expect(count(march.bands.rows, 'red')).toBe(SUPPRESSED);
  });

  it('hides only the small band without secondary suppression, which the total then gives away', () => {
    const march = publishYear('network:cyberwerf', '2026', bandsOf('2026-03', 0, 2, 8), { secondary: false }).get('2026-03')!;
    expect(count(march.bands.rows, 'red')).toBe(8);
  });

  it('shows hidden categories together as "overige" when the total is shown', () => {
    const march = publishPeriod('network:cyberwerf', '2026-03', bandsOf('2026-03', 20, 2, 3));
    expect(march.bands.pooled).toEqual({ count: 5, ids: ['orange', 'red'] });
  });
});

describe('linked periods', () => {
  const months = [...bandsOf('2026-01', 10, 0, 10), ...bandsOf('2026-02', 10, 0, 10), ...bandsOf('2026-03', 10, 3, 10)];

  it('hides another month when the quarter minus the shown months would give a small month back', () => {
    const year = publishYear('network:cyberwerf', '2026', months);
    const orange = ['2026-01', '2026-02', '2026-03', '2026-Q1'].map((p) => count(year.get(p)!.bands.rows, 'orange'));
    expect(orange[2]).toBe(SUPPRESSED);
    expect(orange[3] === SUPPRESSED || orange.slice(0, 2).includes(SUPPRESSED)).toBe(true);
  });

  it('answers a period the same whether it is asked alone or with its year', () => {
    expect(publishPeriod('network:cyberwerf', '2026-Q1', months)).toEqual(publishYear('network:cyberwerf', '2026', months).get('2026-Q1'));
  });
});

describe('means', () => {
  it('shows a principle mean over five scored results and hides it over four', () => {
    const rows = (month: string, n: number) => [tally(month, 'results', '', n), tally(month, 'scored', 'map-risks', n), tally(month, 'score-sum', 'map-risks', 60 * n)];
    const mean = (n: number) => publishPeriod('network:cyberwerf', '2026-01', rows('2026-01', n)).principles.find((x) => x.id === 'map-risks')?.mean;
    expect(mean(5)).toBe(60);
    expect(mean(4)).toBeNull();
  });
});

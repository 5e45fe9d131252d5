/**
 * The console's statistics report (console/statistics) in happy-dom: every figure the API hid
 * reads "< 5" in the chart and in the tables, and nothing is drawn for it.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { SUPPRESSED, type PublishedTable, type StatisticsResponse } from '../../core/statistics';
import { StatisticsReport } from '../../console/statistics/StatisticsReport';

afterEach(cleanup);

const table = (rows: PublishedTable['rows'], pooled: PublishedTable['pooled'] = null): PublishedTable => ({ rows, pooled });

const report = (overrides: Partial<StatisticsResponse> = {}): StatisticsResponse => ({
  area: 'network:cyberwerf',
  period: '2026-Q1',
  minGroupSize: 5,
  results: 40,
  bands: table([{ id: 'green', count: SUPPRESSED }, { id: 'orange', count: SUPPRESSED }, { id: 'red', count: 33 }], { count: 7, ids: ['green', 'orange'] }),
  sectors: table([{ id: 'retail', count: 40 }]),
  sizes: table([{ id: '2-9', count: 35, mean: 54.2 }, { id: '1', count: SUPPRESSED, mean: null }]),
  partners: table([{ id: 'demo', count: 40 }]),
  referrals: 6,
  referralPartners: table([{ id: 'demo', count: 6 }]),
  checkKinds: table([{ id: 'first', count: 28, mean: 51.3 }, { id: 'recheck', count: 7, mean: 63 }, { id: 'recheck-after-scan', count: 5, mean: 71.4 }]),
  rechecks: 12,
  previousBands: table([{ id: 'green', count: SUPPRESSED, mean: null }, { id: 'orange', count: SUPPRESSED, mean: null }, { id: 'red', count: 6, mean: 58.5 }]),
  versions: table([{ id: '2026.1', count: SUPPRESSED }, { id: '2027.1', count: SUPPRESSED }]),
  mixes: ['2026.1', '2027.1'],
  principles: bankStructure.principles.map((id, i) => ({ id, mean: i === 0 ? null : 50 + i })),
  questions: [{ questionId: 'mfa-email', no: 12, unknown: SUPPRESSED, versions: ['2026.1', '2027.1'] }],
  partnerNames: { demo: 'Gemeente Lindewaard' },
  ...overrides,
});

test('a hidden band reads "< 5" in the chart\'s name and its table, and gets no bar', () => {
  const { container } = render(<StatisticsReport report={report()} />);
  const bands = screen.getByRole('table', { name: 'Aantal checks per kleur' });

  expect(within(bands).getByRole('row', { name: /Groen/ }).textContent).toContain('< 5');
  expect(screen.getByRole('img', { name: /^Aantal checks per kleur/ }).getAttribute('aria-label')).toContain('Groen < 5');
  expect(container.querySelector('.chart-bar.band-green')?.getAttribute('width')).toBe('0');
  expect(screen.getByText(/Overige samen/).textContent).toBe('Overige samen (Groen, Oranje): 7');
});

test('a size band shows its mean score, and "< 5" where the band is hidden', () => {
  render(<StatisticsReport report={report()} />);
  const sizes = screen.getByRole('table', { name: 'Per bedrijfsgrootte' });

  expect(within(sizes).getAllByRole('row')[1]!.textContent).toContain('54,2');
  expect(within(sizes).getAllByRole('row')[2]!.textContent).toContain('< 5');
});

test('"no" and "don\'t know" are counted apart per question', () => {
  render(<StatisticsReport report={report()} />);
  const row = screen.getByRole('row', { name: /tweestapsverificatie|mfa-email/i });

  expect(row.textContent).toContain('12');
  expect(row.textContent).toContain('< 5');
});

test('each question says which versions of the question list its counts mix', () => {
  render(<StatisticsReport report={report()} />);

  expect(screen.getByRole('row', { name: /tweestapsverificatie|mfa-email/i }).textContent).toContain('2026.1 en 2027.1');
});

test('the checks, their colours and the means say that they mix two versions of the question list', () => {
  render(<StatisticsReport report={report()} />);

  for (const title of ['Ingevulde checks', 'Uitkomst per kleur', 'Gemiddelde score per basisprincipe']) {
    const section = screen.getByRole('heading', { name: title, level: 2 }).closest('section')!;
    expect(within(section).getByText('Telt checks van vragenlijst 2026.1 en 2027.1 samen.')).toBeTruthy();
  }
  expect(within(screen.getByRole('table', { name: 'Ingevulde checks per versie van de vragenlijst' })).getAllByRole('row').map((r) => r.textContent)).toEqual(
    expect.arrayContaining(['Vragenlijst 2026.1< 5', 'Vragenlijst 2027.1< 5']),
  );
});

test('a period of one version names that version alone', () => {
  render(<StatisticsReport report={report({ mixes: ['2027.1'] })} />);

  expect(screen.getAllByText('Alle checks uit vragenlijst 2027.1.')).toHaveLength(3);
  expect(screen.queryByText(/samen\.$/)).toBeNull();
});

test('referrals read with the partner site\'s name', () => {
  render(<StatisticsReport report={report()} />);

  expect(screen.getAllByRole('row', { name: /Gemeente Lindewaard/ }).map((r) => r.textContent)).toContain('Gemeente Lindewaard6');
});

test('re-checks after the scan stand beside first checks with their mean scores; a hidden earlier colour reads "< 5"', () => {
  render(<StatisticsReport report={report()} />);
  const kinds = screen.getByRole('table', { name: 'Eerste checks en herchecks' });
  expect(within(kinds).getByRole('row', { name: /Hercheck na de scan/ }).textContent).toBe('Hercheck na de scan571,4');
  expect(within(kinds).getByRole('row', { name: /Eerste check/ }).textContent).toContain('51,3');
  const earlier = screen.getByRole('table', { name: 'Herchecks per kleur van de vorige check' });
  within(earlier).getByRole('columnheader', { name: 'Gemiddelde score nu' });
  expect(within(earlier).getByRole('row', { name: /Groen/ }).textContent).toBe('Groen< 5< 5');
  expect(within(earlier).getByRole('row', { name: /Rood/ }).textContent).toBe('Rood658,5');
});

/**
 * The console's statistics report (console/statistics) in happy-dom: every figure the API
 * suppressed reads "< 5" in the chart and in its table, and nothing is drawn for it.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { SUPPRESSED, type StatisticsResponse } from '../../core/statistics';
import { StatisticsReport } from '../../console/statistics/StatisticsReport';

afterEach(cleanup);

const report = (overrides: Partial<StatisticsResponse>): StatisticsResponse => ({
  filters: { from: '2026-01', to: '2026-12', network: 'cyberwerf', partner: null, sector: null, size: null },
  minGroupSize: 5,
  total: 40,
  bands: { green: SUPPRESSED, orange: 0, red: 36 },
  principles: bankStructure.principles.map((id, i) => ({ id, mean: i === 0 ? null : 50 + i })),
  topGaps: [{ questionId: 'mfa-email', count: 21 }],
  conversion: [{ partnerId: 'demo', partnerName: 'Gemeente Lindewaard', assessments: 40, referrals: SUPPRESSED, rate: null }],
  bankVersions: [bankStructure.version],
  ...overrides,
});

test('a suppressed band reads "< 5" in the chart\'s name and its table, and gets no bar', () => {
  const { container } = render(<StatisticsReport report={report({})} />);
  const table = screen.getByRole('table', { name: 'Aantal scans per kleur' });

  expect(within(table).getByRole('row', { name: /Groen/ }).textContent).toContain('< 5');
  expect(screen.getByRole('img', { name: /^Aantal scans per kleur/ }).getAttribute('aria-label')).toContain('Groen < 5');
  expect(container.querySelector('.chart-bar.band-green')?.getAttribute('width')).toBe('0');
  expect(within(table).getByRole('row', { name: /Rood/ }).textContent).toContain('36 (90%)');
});

test('a principle with too few scans says so instead of a mean', () => {
  render(<StatisticsReport report={report({})} />);
  const table = screen.getByRole('table', { name: /per basisprincipe/ });

  expect(within(table).getAllByRole('row')[1]!.textContent).toContain('te weinig scans (< 5)');
});

test('suppressed referrals of a partner read "< 5", with no conversion rate', () => {
  render(<StatisticsReport report={report({})} />);
  const row = screen.getByRole('row', { name: /Gemeente Lindewaard/ });

  expect(row.textContent).toContain('< 5');
  expect(row.textContent).toContain('niet te berekenen');
});

test('a suppressed total shows "< 5" and no breakdown at all', () => {
  render(<StatisticsReport report={report({ total: SUPPRESSED, bands: null, topGaps: [], conversion: [] })} />);

  expect(screen.queryAllByText('< 5')).toHaveLength(1);
  expect(screen.queryByRole('img')).toBeNull();
  expect(screen.queryByRole('table')).toBeNull();
});

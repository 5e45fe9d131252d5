/** Statistics cells for the core tests, with defaults a test overrides where it matters. */
import type { StatisticsCell } from '../../core/statistics';

export const cell = (overrides: Partial<StatisticsCell> & { results: number }): StatisticsCell => ({
  networkId: 'cyberwerf',
  month: '2026-03',
  partnerId: 'haagse-ondernemers',
  partnerName: 'Haagse Ondernemers',
  sector: 'retail',
  size: '2-9',
  green: 0,
  orange: overrides.results,
  red: 0,
  referrals: 0,
  principles: [],
  gaps: [],
  bankVersions: ['2026.1'],
  ...overrides,
});

/** The statistics picker (console/statistics/query.ts): fixed periods only, and what is sent. */
import { expect, test } from 'vitest';
import { defaultQuery, periodChoices, periodLabel, queryString } from '../../console/statistics/query';

const today = new Date('2026-05-14T10:00:00Z');

test('the console opens on the current quarter of the token\'s own area', () => {
  expect(queryString(defaultQuery(today))).toBe('period=2026-Q2');
});

test('the picker offers months, quarters and years, newest first, and nothing in between', () => {
  expect(periodChoices('month', today).slice(0, 3)).toEqual(['2026-05', '2026-04', '2026-03']);
  expect(periodChoices('quarter', today).slice(0, 3)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
  expect(periodChoices('year', today)).toEqual(['2026', '2025', '2024', '2023', '2022']);
});

test('a period reads in Dutch', () => {
  expect([periodLabel('2026-03'), periodLabel('2026-Q1'), periodLabel('2026')]).toEqual(['maart 2026', '1e kwartaal 2026', '2026']);
});

test('an admin\'s area goes along', () => {
  expect(queryString({ ...defaultQuery(today), area: 'province:utrecht' })).toBe('period=2026-Q2&area=province%3Autrecht');
});

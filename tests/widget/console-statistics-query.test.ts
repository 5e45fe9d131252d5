/** The statistics filters (console/statistics/query.ts): what is sent, and what is stopped before sending. */
import { expect, test } from 'vitest';
import { defaultQuery, queryProblem, queryString } from '../../console/statistics/query';

const query = { ...defaultQuery(new Date('2026-05-14T10:00:00Z')), sector: 'retail' };

test('the default period is the last twelve months, and only the filters that are set are sent', () => {
  expect(queryString(query)).toBe('from=2025-06&to=2026-05&sector=retail');
});

test('a period that ends before it starts, or a malformed partner id, is stopped with a reason', () => {
  expect(queryProblem(query)).toBeNull();
  expect(queryProblem({ ...query, from: '2026-06' })?.field).toBe('from');
  expect(queryProblem({ ...query, to: '' })?.field).toBe('from');
  expect(queryProblem({ ...query, partner: 'Gemeente X' })).toEqual({ field: 'partner', message: expect.stringContaining('kleine letters') });
});

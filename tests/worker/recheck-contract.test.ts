/** POST /api/v1/results reads a re-check as core/recheck.ts defines it, and nothing more about the earlier result. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { registerPartners, resultBody } from './api-fixtures';
import { post } from './fetch';

beforeAll(registerPartners);

describe('a re-check on an anonymous result', () => {
  it('is accepted as the earlier band and whether it follows the students\' scan', async () => {
    const res = await post('/api/v1/results', { ...resultBody(), recheck: { previousBand: 'orange', afterScan: true } });
    expect(res.status).toBe(201);
  });

  it('is refused with a date, an earlier score or a band that does not exist', async () => {
    for (const recheck of [
      { previousBand: 'orange', afterScan: false, previousDate: '2026-09-01' },
      { previousBand: 'orange', afterScan: false, previousOverall: 63 },
      { previousBand: 'purple', afterScan: false },
    ]) {
      const res = await post('/api/v1/results', { ...resultBody(), recheck });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('invalid_body');
      expect(error.issues?.some((issue) => issue.path.startsWith('recheck'))).toBe(true);
    }
  });
});

import { expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import { get } from './fetch';

it('GET /health says ok and which bank version is live', async () => {
  const res = await get('/health');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', bankVersion: bankStructure.version });
});

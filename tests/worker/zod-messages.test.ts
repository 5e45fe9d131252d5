/**
 * The worker's schemas are zod/mini, which registers no messages by itself: where a schema gives
 * none of its own, a client still reads zod's English message (worker/schemas/zod-messages.ts),
 * not a bare "Invalid input".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { PARTNER, registerPartners, resultBody } from './api-fixtures';
import { get, post } from './fetch';

beforeAll(registerPartners);

describe("zod's English messages", () => {
  it('name an unknown field of a strict body', async () => {
    const res = await post('/api/v1/results', { ...resultBody(), score: 99 }, { Origin: PARTNER.origin });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.issues).toContainEqual({ path: '', message: 'Unrecognized key: "score"' });
  });

  it('list the options of an enum without a message of its own', async () => {
    const { error } = (await (await get('/api/v1/comparison?size=huge')).json()) as ErrorBody;
    expect(error.issues?.[0]?.message).toMatch(/^Invalid option: expected one of /);
  });
});

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { handleError } from '../../worker/http/errors';
import { get } from './fetch';

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

describe('errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an unknown path answers 404 JSON in the shared error shape', async () => {
    const res = await get('/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await errorOf(res)).toEqual({ code: 'not_found', message: 'Nothing here: GET /nope' });
  });

  it('a known path asked with the wrong method answers 404 JSON too', async () => {
    const res = await get('/api/v1/assessment', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('a crash answers 500 JSON without any detail of the error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const crashing = new Hono().get('/', () => {
      throw new Error('D1 said: no such table secret_leads');
    });
    crashing.onError(handleError);
    const res = await crashing.request('/');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal_error');
    expect(text).not.toContain('secret_leads');
    expect(text).not.toMatch(/at .*\.ts/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('a client error thrown inside a handler keeps its 4xx status', async () => {
    const strict = new Hono().get('/', () => {
      throw new HTTPException(400, { message: 'Malformed JSON in request body' });
    });
    strict.onError(handleError);
    const res = await strict.request('/');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'bad_request', message: 'Malformed JSON in request body' });
  });
});

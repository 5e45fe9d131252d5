/**
 * GET /api/v1/assessment. Its answer is a file the build writes, read through ASSETS (issue 14);
 * these tests hold it to what the worker answered when it built the body itself.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { bankAdvice, bankStructure, bankTexts } from '../../core/bank';
import { localiseBank } from '../../core/bank/localise';
import type { AssessmentResponse, ErrorBody } from '../../core/contracts';
import { app } from '../../worker/app';
import { get, ORIGIN } from './fetch';

describe('GET /api/v1/assessment', () => {
  it.each(['nl', 'en'] as const)('gives every question of the bank in %s', async (lang) => {
    const res = await get(`/api/v1/assessment?lang=${lang}`);
    expect(res.status).toBe(200);
    const bank = (await res.json()) as AssessmentResponse;
    expect(bank.lang).toBe(lang);
    expect(bank.version).toBe(bankStructure.version);
    expect(bank.questions.map((q) => q.id)).toEqual(bankStructure.questions.map((q) => q.id));
    expect(bank.principles).toHaveLength(5);
    expect(bank.questions.every((q) => q.text.length > 0)).toBe(true);
  });

  it.each(['nl', 'en'] as const)('gives every question its advice in %s, whole, although the widget loads the Dutch advice apart', async (lang) => {
    const bank = (await (await get(`/api/v1/assessment?lang=${lang}`)).json()) as AssessmentResponse;
    for (const q of bank.questions) expect(q.advice, q.id).toEqual(bankAdvice[lang].questions[q.id]);
    expect(bank.questions.every((q) => q.advice.no.length > 0 && q.advice.askSupplier.length > 0)).toBe(true);
  });

  it.each(['nl', 'en'] as const)('answers in %s byte for byte what the worker built before the build wrote it, as JSON', async (lang) => {
    const res = await get(`/api/v1/assessment?lang=${lang}`, { headers: { 'If-None-Match': '*', Range: 'bytes=0-9' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('ETag')).toBeNull();
    expect(await res.text()).toBe(JSON.stringify(localiseBank(bankStructure, bankTexts[lang], bankAdvice[lang])));
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/api/v1/assessment?lang=en', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.text()).toBe('');
  });

  it('without a build, tells the developer which file is missing', async () => {
    const noAssets = { ...env, ASSETS: { fetch: async () => new Response('Not Found', { status: 404 }) } };
    const res = await app.fetch(new Request(`${ORIGIN}/api/v1/assessment?lang=en`), noAssets);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toEqual({ code: 'bank_not_built', message: 'dist/public/api/assessment.en.json is missing: run `npm run build`.' });
  });

  it('is served only at its API path, not at the built file\'s', async () => {
    expect((await get('/api/assessment.nl.json')).status).toBe(404);
  });

  it('speaks Dutch when no language is asked for', async () => {
    const bank = (await (await get('/api/v1/assessment')).json()) as AssessmentResponse;
    expect(bank.lang).toBe('nl');
  });

  it('ignores query parameters it does not know', async () => {
    const res = await get('/api/v1/assessment?lang=en&utm_source=partner');
    expect(res.status).toBe(200);
  });

  it('answers an unsupported language with 400 and the issue on `lang`', async () => {
    const res = await get('/api/v1/assessment?lang=de');
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('invalid_query');
    expect(body.error.issues).toEqual([{ path: 'lang', message: expect.any(String) }]);
  });

  it('may be fetched by the widget on any partner site and cached briefly', async () => {
    const res = await get('/api/v1/assessment?lang=en', { headers: { Origin: 'https://partner.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/app';
import type { ErrorBody } from '../../core/contracts';
import { get, ORIGIN } from './fetch';

describe('GET /widget.js', () => {
  it('any partner site may load it, also with crossorigin or behind COEP', async () => {
    const res = await get('/widget.js', { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });

  it('is JavaScript that the browser must not sniff, cached for five minutes only', async () => {
    const res = await get('/widget.js');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect((await res.text()).length).toBeGreaterThan(0);
  });

  it('a revalidation with the ETag answers 304 without the file', async () => {
    const etag = (await get('/widget.js')).headers.get('ETag');
    expect(etag).toBeTruthy();
    const res = await get('/widget.js', { headers: { 'If-None-Match': etag! } });
    expect(res.status).toBe(304);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('without a built widget, the developer is told to run npm run build', async () => {
    const noAssets = { ...env, ASSETS: { fetch: async () => new Response('Not Found', { status: 404 }) } };
    const res = await app.fetch(new Request(`${ORIGIN}/widget.js`), noAssets);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('widget_not_built');
    expect(body.error.message).toContain('npm run build');
  });
});

describe('GET /widget-referral.js (the referral step, loaded by widget.js on demand)', () => {
  it('any partner site may load it, like widget.js', async () => {
    const res = await get('/widget-referral.js', { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });

  it('is JavaScript that the browser must not sniff, cached for five minutes only', async () => {
    const res = await get('/widget-referral.js');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(await res.text()).toContain('CyberScan.runtime');
  });

  it('without a build, the developer is told which file is missing', async () => {
    const noAssets = { ...env, ASSETS: { fetch: async () => new Response('Not Found', { status: 404 }) } };
    const res = await app.fetch(new Request(`${ORIGIN}/widget-referral.js`), noAssets);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('widget_not_built');
    expect(body.error.message).toContain('dist/public/widget-referral.js');
  });
});

describe('GET /widget-en.js (the English UI strings, loaded by widget.js for an English widget)', () => {
  it('any partner site may load it, like widget.js', async () => {
    const res = await get('/widget-en.js', { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });

  it('is JavaScript that the browser must not sniff, cached for five minutes only', async () => {
    const res = await get('/widget-en.js');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(await res.text()).toContain('CyberScan.runtime.en');
  });

  it('without a build, the developer is told which file is missing', async () => {
    const noAssets = { ...env, ASSETS: { fetch: async () => new Response('Not Found', { status: 404 }) } };
    const res = await app.fetch(new Request(`${ORIGIN}/widget-en.js`), noAssets);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('widget_not_built');
    expect(body.error.message).toContain('dist/public/widget-en.js');
  });
});

/**
 * Every file `npm run build` writes (build/targets.ts) is served by name, with its content type
 * and the caching of its kind; a page's files stay on this origin, a partner script is open to
 * any. Adding a target to the table is enough for it to be served.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { outputFiles } from '../../build/targets';
import type { ErrorBody } from '../../core/contracts';
import { app } from '../../worker/app';
import { get, ORIGIN } from './fetch';

const noAssets = { ...env, ASSETS: { fetch: async () => new Response('Not Found', { status: 404 }) } };

describe.each(outputFiles.map(({ file, target }) => ({ file, kind: target.kind })))('GET /$file', ({ file, kind }) => {
  it('answers the built file with its content type', async () => {
    const res = await get(`/${file}`, { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
    expect((await res.text()).length).toBeGreaterThan(0);
    if (kind === 'partner-script') {
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    } else {
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    }
  });

  it('without a build, tells the developer which file is missing', async () => {
    const res = await app.fetch(new Request(`${ORIGIN}/${file}`), noAssets);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe(kind === 'partner-script' ? 'widget_not_built' : 'page_not_built');
    expect(body.error.message).toBe(`dist/public/${file} is missing: run \`npm run build\`.`);
  });
});

/** @module `GET /widget.js`: the built widget, from the ASSETS binding, loadable by any site. */
import { Hono } from 'hono';
import { jsonError } from '../http/errors';

/**
 * Partners embed the unversioned URL, so it cannot be cached for long: five minutes spares
 * repeat downloads while a fix still reaches every partner site soon. The ETag that the assets
 * server sends lets a browser revalidate without downloading the file again.
 */
const CACHE_CONTROL = 'public, max-age=300';

export const widget = new Hono<{ Bindings: Env }>().get('/widget.js', async (c) => {
  // The request itself is passed on, so HEAD and If-None-Match (304) work as for any static file.
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  if (asset.status === 404) {
    return jsonError(c, 503, 'widget_not_built', 'dist/public/widget.js is missing: run `npm run build`.');
  }
  const headers = new Headers(asset.headers);
  headers.set('Content-Type', 'text/javascript; charset=utf-8');
  headers.set('Cache-Control', CACHE_CONTROL);
  return new Response(asset.body, { status: asset.status, headers });
});

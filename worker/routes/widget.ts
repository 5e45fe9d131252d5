/**
 * @module `GET /widget.js` and the chunks it loads on demand (widget/load-chunk.ts),
 * `GET /widget-referral.js` (the referral step) and `GET /widget-en.js` (the English UI
 * strings): the built widget, from the ASSETS binding, loadable by any site.
 */
import { Hono, type Context } from 'hono';
import { jsonError } from '../http/errors';

/**
 * Partners embed the unversioned URL, so it cannot be cached for long: five minutes spares
 * repeat downloads while a fix still reaches every partner site soon. The ETag that the assets
 * server sends lets a browser revalidate without downloading the file again.
 */
const CACHE_CONTROL = 'public, max-age=300';

/** The files come from the same build and are served alike, so a fix reaches all of them as soon. */
async function widgetScript(c: Context<{ Bindings: Env }>): Promise<Response> {
  // The request itself is passed on, so HEAD and If-None-Match (304) work as for any static file.
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  if (asset.status === 404) {
    return jsonError(c, 503, 'widget_not_built', `dist/public${c.req.path} is missing: run \`npm run build\`.`);
  }
  const headers = new Headers(asset.headers);
  headers.set('Content-Type', 'text/javascript; charset=utf-8');
  headers.set('Cache-Control', CACHE_CONTROL);
  return new Response(asset.body, { status: asset.status, headers });
}

export const widget = new Hono<{ Bindings: Env }>()
  .get('/widget.js', widgetScript)
  .get('/widget-referral.js', widgetScript)
  .get('/widget-en.js', widgetScript);

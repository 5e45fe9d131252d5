/**
 * @module The built scripts and stylesheets of this worker's own pages (console, partner tools),
 * read from the ASSETS binding like widget.js. `run_worker_first` sends every request to the
 * worker, so each file needs a route, and so gets the same security headers as everything else.
 */
import type { Context } from 'hono';
import { jsonError } from '../http/errors';

const CONTENT_TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

/**
 * Answers the request with `dist/public/<name>.<kind>`. The names carry no hash, so a browser
 * revalidates every time (`no-cache`); the assets server's ETag turns that into a cheap 304.
 */
export async function pageAsset(c: Context<{ Bindings: Env }>, kind: keyof typeof CONTENT_TYPES): Promise<Response> {
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  if (asset.status === 404) {
    return jsonError(c, 503, 'page_not_built', `${new URL(c.req.url).pathname} is missing: run \`npm run build\`.`);
  }
  const headers = new Headers(asset.headers);
  headers.set('Content-Type', CONTENT_TYPES[kind]);
  headers.set('Cache-Control', 'no-cache');
  return new Response(asset.body, { status: asset.status, headers });
}

/**
 * @module `GET` for every file `npm run build` writes (build/targets.ts), from the ASSETS binding:
 * the partner scripts (widget.js and the chunks it loads on demand), loadable by any site, and
 * the scripts and stylesheets of this worker's own pages (console, partner tools).
 * `run_worker_first` sends every request to the worker, so each file needs a route, and so gets
 * the same security headers as everything else.
 */
import { Hono, type Context } from 'hono';
import { outputFiles, type Target } from '../../build/targets';
import { jsonError } from '../http/errors';
import { publicResource } from '../http/headers';

const CONTENT_TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

/** How each kind of target is served when its file is there, and the error when it is not. */
const SERVING = {
  'partner-script': {
    /**
     * Partners embed the unversioned URL, so it cannot be cached for long: five minutes spares
     * repeat downloads while a fix still reaches every partner site soon. The ETag that the
     * assets server sends lets a browser revalidate without downloading the file again.
     */
    cacheControl: 'public, max-age=300',
    missing: 'widget_not_built',
  },
  // The names carry no hash, so a browser revalidates every time; the ETag makes that a cheap 304.
  'page-script': { cacheControl: 'no-cache', missing: 'page_not_built' },
} as const;

function serve(kind: Target['kind'], file: string) {
  const { cacheControl, missing } = SERVING[kind];
  const contentType = CONTENT_TYPES[file.endsWith('.css') ? 'css' : 'js'];
  return async (c: Context<{ Bindings: Env }>): Promise<Response> => {
    // The request itself is passed on, so HEAD and If-None-Match (304) work as for any static file.
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    if (asset.status === 404) return jsonError(c, 503, missing, `dist/public/${file} is missing: run \`npm run build\`.`);
    const headers = new Headers(asset.headers);
    headers.set('Content-Type', contentType);
    headers.set('Cache-Control', cacheControl);
    return new Response(asset.body, { status: asset.status, headers });
  };
}

/** One route per output file; partner scripts are also open to any origin (CORS and CORP). */
export const builtFiles = new Hono<{ Bindings: Env }>();
for (const { file, target } of outputFiles) {
  if (target.kind === 'partner-script') builtFiles.use(`/${file}`, ...publicResource);
  builtFiles.get(`/${file}`, serve(target.kind, file));
}

/**
 * @module The pages of the browser benchmark, served from loopback: one with `<cyber-scan>` and
 * the built widget (dist/public, from `npm run build`), one with each floor element (floor.tsx,
 * floor-same.tsx), built here by Vite as the widget is, minified to one IIFE.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { COMPILE_HINT } from '../../../build/compile-hint';
import { OUT_DIR } from '../../../build/targets';
import { freePort } from '../../free-port';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * A floor element's script, built as widget.js is: a minified IIFE with Preact (and, for
 * floor-same, the CSS) bundled, and V8's compile hint on its first line (build/compile-hint.ts),
 * so that no floor compiles its functions inside the clicks where widget.js does not.
 */
async function buildFloorScript(name: 'floor' | 'floor-same'): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(import.meta.dirname, `${name}.tsx`), formats: ['iife'], name: 'BenchFloor', fileName: () => `${name}.js` },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((r) => r.output);
  const chunk = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`the ${name} element did not build`);
  return `${COMPILE_HINT}\n${chunk.code}`;
}

let floorScripts: Promise<[string, string]> | undefined;
/** Both floors, built once per run, however many builds of the widget are served beside them. */
const buildFloors = () => (floorScripts ??= Promise.all([buildFloorScript('floor'), buildFloorScript('floor-same')]));

const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title></head><body><main><h1>Bench</h1>${body}</main></body></html>`;

export interface BenchPages {
  readonly origin: string;
  /** The floor's script size in bytes, gzip -9. */
  readonly floorBytes: number;
  close(): Promise<void>;
}

/**
 * Serves `/widget`, `/floor` and `/floor-same`, the widget's files from `widgetDir` (another build, to measure a
 * before), and `{ "line": null }` for the result's comparison, so the result needs no worker.
 */
export async function servePages(widgetDir = path.join(root, OUT_DIR)): Promise<BenchPages> {
  const [floor, floorSame] = await buildFloors();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
      response.end(body);
    };
    if (url.pathname === '/widget') return send(200, 'text/html', page('<script src="/widget.js" async></script><cyber-scan partner="bench" lang="nl" stats="off"></cyber-scan>'));
    if (url.pathname === '/floor') return send(200, 'text/html', page('<script src="/floor.js" async></script><bench-floor></bench-floor>'));
    if (url.pathname === '/floor.js') return send(200, 'text/javascript', floor);
    if (url.pathname === '/floor-same') return send(200, 'text/html', page('<script src="/floor-same.js" async></script><bench-floor-same></bench-floor-same>'));
    if (url.pathname === '/floor-same.js') return send(200, 'text/javascript', floorSame);
    if (url.pathname.startsWith('/api/v1/comparison')) return send(200, 'application/json', '{"line":null}');
    if (/^\/widget[a-z-]*\.js$/.test(url.pathname)) {
      try {
        return send(200, 'text/javascript', await readFile(path.join(widgetDir, url.pathname.slice(1))));
      } catch {
        return send(404, 'text/plain', 'not built');
      }
    }
    send(404, 'text/plain', 'not found');
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    floorBytes: gzipSync(floor, { level: 9 }).length,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

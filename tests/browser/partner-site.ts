/**
 * A second local origin that no partner registered: a tiny web server on another port, serving
 * one partner page that embeds the widget from the dev server, under a strict CSP of its own.
 */
import { createServer } from 'node:http';
import { freePort } from '../../scripts/free-port';

export interface PartnerSite {
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * Serves `body` (the page's `<body>` content) at `/` of a fresh `http://localhost:<port>`, with
 * `csp`. A function is asked on every request: a site that learns its partner id after it started.
 */
export async function startPartnerSite(body: string | (() => string), csp: string): Promise<PartnerSite> {
  const port = await freePort();
  const html = () => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bakkersvereniging</title></head><body>${typeof body === 'string' ? body : body()}</body></html>`;
  const server = createServer((request, response) => {
    const page = html();
    if (request.url !== '/') return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    // `localhost`, not 127.0.0.1: another origin than the dev server's, with the same loopback address.
    origin: `http://localhost:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
